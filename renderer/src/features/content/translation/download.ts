/** Hands a file to the browser's (or Electron's) download, as the agency will receive it. */
export function downloadFile(file: { name: string; content: string; encoding: 'utf8' | 'base64' }): void {
  const data = file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : file.content;
  const type = file.encoding === 'base64' ? 'application/zip' : 'application/xliff+xml';
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads chosen files as base64 for the desktop core, which unpacks zips and parses XLIFF. */
export function readFiles(files: FileList): Promise<{ name: string; dataBase64: string }[]> {
  return Promise.all(
    [...files].map(
      (file) =>
        new Promise<{ name: string; dataBase64: string }>((resolve, reject) => {
          const reader = new FileReader();
          reader.onload = () => resolve({ name: file.name, dataBase64: String(reader.result).replace(/^data:[^,]*,/, '') });
          reader.onerror = () => reject(reader.error ?? new Error(`Cannot read ${file.name}`));
          reader.readAsDataURL(file);
        }),
    ),
  );
}
