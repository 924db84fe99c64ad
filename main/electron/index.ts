// Filled in below: the Electron shell.
export {};
