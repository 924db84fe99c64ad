import { app, dialog, type BrowserWindow } from 'electron';
import electronUpdater from 'electron-updater';
import { DEFAULT_QUIET_WINDOW, isWithinRollout, mayInstallOnKiosk, parseChannel, type QuietWindow } from './update-policy';

const HOUR = 60 * 60_000;

/**
 * Updates from the hub's generic feed (/updates/<channel>/). Only packaged builds update.
 * A kiosk installs inside its quiet window when nobody is using it; a console asks first.
 */
export function startUpdates(options: {
  win: BrowserWindow;
  mode: 'kiosk' | 'admin';
  hubUrl: () => string | null;
  /** Rollout key: the kiosk's location, so a site updates as one. */
  rolloutKey: () => string;
  quietWindow?: QuietWindow;
}): void {
  if (!app.isPackaged) return;
  const { autoUpdater } = electronUpdater;
  const channel = parseChannel(process.env.WEGWIJS_UPDATE_CHANNEL);
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = options.mode === 'admin';
  autoUpdater.allowPrerelease = channel === 'beta';
  autoUpdater.isUserWithinRollout = (info) => isWithinRollout(info.stagingPercentage, options.rolloutKey());

  let lastTouchAt: number | null = null;
  options.win.webContents.on('input-event', (_event, input) => {
    if (['mouseDown', 'touchStart', 'gestureTap', 'keyDown', 'rawKeyDown'].includes(input.type)) lastTouchAt = Date.now();
  });

  let downloaded = false;
  autoUpdater.on('update-downloaded', async (info) => {
    downloaded = true;
    if (options.mode !== 'admin') return;
    const { response } = await dialog.showMessageBox(options.win, {
      type: 'info',
      buttons: ['Nu herstarten / Restart now', 'Later'],
      defaultId: 0,
      message: `Wegwijs ${info.version} is klaar om te installeren. / Wegwijs ${info.version} is ready to install.`,
    });
    if (response === 0) autoUpdater.quitAndInstall();
  });

  const check = () => {
    const hub = options.hubUrl();
    if (!hub) return;
    autoUpdater.setFeedURL({ provider: 'generic', url: `${hub}/updates/${channel}` });
    autoUpdater.checkForUpdates().catch(() => {
      // Offline or no feed: try again at the next check.
    });
  };
  check();
  setInterval(check, 4 * HOUR).unref();
  if (options.mode === 'kiosk') {
    setInterval(() => {
      if (mayInstallOnKiosk({ now: new Date(), window: options.quietWindow ?? DEFAULT_QUIET_WINDOW, lastTouchAt, updateDownloaded: downloaded, isPackaged: app.isPackaged })) {
        autoUpdater.quitAndInstall(true, true);
      }
    }, 60_000).unref();
  }
}
