import { app, BrowserWindow, dialog, Menu, powerSaveBlocker, protocol, safeStorage, session, ipcMain } from 'electron';
import { closesAnyway, leavePrompt } from './leave-prompt';
import { join } from 'node:path';
import { AdminCore } from '../core/admin/admin-core';
import { adminRouter } from '../core/admin/admin-router';
import type { SecretBox } from '../core/kiosk/kiosk-core';
import { GuardedKioskCore } from './guarded-kiosk';
import { windowCapture } from './window-capture';
import { kioskRouter } from '../core/kiosk/kiosk-router';
import { appProtocolHandler } from './app-protocol';
import { APP_ORIGIN, APP_SCHEME, isAllowedNavigation, isBlockedShortcut, isPermissionGranted, mayRecover } from './lockdown';
import { exitPinWaitMs, verifyExitPin } from './exit-pin';
import { isTrustedSender, keychainDecision } from './guards';
import { startUpdates } from './updater';
import { readProvisioning } from '../core/kiosk/read-provisioning';

/**
 * The Electron shell: a window, the wegwijs:// protocol to the desktop core, and in kiosk mode
 * the lock-down. All product logic lives in the desktop core, which also runs without Electron.
 */
const kioskMode = process.argv.includes('--kiosk') || process.env.WEGWIJS_MODE === 'kiosk';
const dataDir = process.env.WEGWIJS_DATA_DIR ?? app.getPath('userData');

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

if (!app.requestSingleInstanceLock()) app.quit();

const keychain: SecretBox = {
  kind: 'os-keychain',
  seal: (plain) => safeStorage.encryptString(plain).toString('base64'),
  open: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
};

/** The OS keychain for tokens, when it really protects them (see keychainDecision). */
function tokenKeychain(): SecretBox | undefined {
  const available = safeStorage.isEncryptionAvailable();
  const decision = keychainDecision({
    platform: process.platform,
    available,
    backend: available && process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null,
    allowBasicText: process.env.WEGWIJS_ALLOW_BASIC_TEXT_KEYCHAIN === '1',
  });
  if (!decision.use) console.error(`Tokens: ${decision.reason}`);
  return decision.use ? keychain : undefined;
}

/**
 * Every webContents the app ever gets (windows, and anything a page might try to open or embed):
 * no new windows, no navigation away from the app's own pages, no <webview>.
 */
app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

function lockDown(win: BrowserWindow) {
  const contents = win.webContents;
  if (!kioskMode) return;
  contents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input)) event.preventDefault();
  });
  contents.on('devtools-opened', () => contents.closeDevTools());
  contents.on('did-finish-load', () => void contents.setVisualZoomLevelLimits(1, 1));
  win.on('blur', () => win.focus());
  win.on('leave-full-screen', () => win.setFullScreen(true));
  const recoveries: number[] = [];
  const recover = () => {
    if (!mayRecover(recoveries, Date.now())) return;
    recoveries.push(Date.now());
    contents.reload();
  };
  contents.on('render-process-gone', recover);
  win.on('unresponsive', recover);
}

app.whenReady().then(async () => {
  Menu.setApplicationMenu(null);
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(isPermissionGranted(permission)));
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => isPermissionGranted(permission));

  const staticDir = join(import.meta.dirname, '../renderer');
  let page: string;
  let updateSource: { hubUrl: () => string | null; rolloutKey: () => string };
  let win: BrowserWindow | null = null;
  if (kioskMode) {
    const provisioning = readProvisioning(process.argv, join(dataDir, 'kiosk.json'));
    const core = new GuardedKioskCore(
      { dataDir: join(dataDir, 'kiosk'), appVersion: app.getVersion(), secrets: tokenKeychain(), settings: provisioning.settings, capture: windowCapture(() => win) },
      provisioning.hubUrl ?? null,
    );
    core.start();
    // An installer's --pair CODE --hub URL pairs the screen without a keyboard.
    if (!core.state().paired && provisioning.hubUrl && provisioning.pairingCode) {
      core.pair(provisioning.hubUrl, provisioning.pairingCode).catch((err: unknown) => console.error(`Pairing failed: ${String(err)}`));
    }
    protocol.handle(APP_SCHEME, appProtocolHandler({ staticDir, router: kioskRouter(core), media: (id) => core.store.media(id) }));
    powerSaveBlocker.start('prevent-display-sleep');
    // Windows: start at login into kiosk mode. Linux uses the autostart entry or systemd unit in build/linux/.
    if (app.isPackaged && process.platform === 'win32') {
      app.setLoginItemSettings({ openAtLogin: true, args: process.argv.slice(1).filter((a) => a.startsWith('--')) });
    }
    const wrongPins: number[] = [];
    ipcMain.handle('wegwijs:exit-kiosk', async (event, pin: unknown) => {
      const frame = event.senderFrame;
      if (!isTrustedSender(frame ? { url: frame.url, isMainFrame: frame.parent === null } : null)) return false;
      if (typeof pin !== 'string' || exitPinWaitMs(wrongPins, Date.now()) > 0) return false;
      if (await verifyExitPin(pin, process.env.WEGWIJS_EXIT_PIN_HASH ?? null)) {
        app.quit();
        return true;
      }
      wrongPins.push(Date.now());
      return false;
    });
    app.on('before-quit', () => void core.close());
    page = 'kiosk/index.html';
    updateSource = { hubUrl: () => core.state().hubUrl, rolloutKey: () => core.location()?.id ?? 'unpaired' };
  } else {
    const core = new AdminCore({ dataDir: join(dataDir, 'console'), secrets: tokenKeychain() });
    core.start();
    protocol.handle(APP_SCHEME, appProtocolHandler({ staticDir, router: adminRouter(core) }));
    app.on('before-quit', () => void core.close());
    page = 'renderer/index.html';
    updateSource = { hubUrl: () => core.session()?.hubUrl ?? null, rolloutKey: () => core.session()?.tenant?.id ?? 'signed-out' };
  }

  win = new BrowserWindow({
    width: 1440,
    height: 900,
    show: false,
    kiosk: kioskMode,
    fullscreen: kioskMode,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: !kioskMode && !app.isPackaged,
      spellcheck: false,
    },
  });
  lockDown(win);
  if (!kioskMode) {
    win.webContents.on('will-prevent-unload', (event) => {
      const prompt = leavePrompt(app.getLocale());
      const choice = dialog.showMessageBoxSync(win, { type: 'question', ...prompt, defaultId: 1, cancelId: 1, noLink: true });
      if (closesAnyway(choice)) event.preventDefault();
    });
  }
  startUpdates({ win, mode: kioskMode ? 'kiosk' : 'admin', ...updateSource });
  win.once('ready-to-show', () => win.show());
  await win.loadURL(`${APP_ORIGIN}/${page}`);
});

app.on('window-all-closed', () => app.quit());
