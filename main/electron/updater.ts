import { app, dialog, type BrowserWindow } from 'electron';
import electronUpdater from 'electron-updater';
import { DEFAULT_QUIET_WINDOW, isWithinRollout, mayInstallOnKiosk, parseChannel, type QuietWindow } from './update-policy';
import { manifestFileName, mayInstallUpdate, updateFeedUrl, type DownloadedUpdate } from './update-trust';

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
  // Nothing installs by itself: only an update whose signed manifest checks out (below).
  autoUpdater.autoInstallOnAppQuit = false;
  const allowHttp = process.env.WEGWIJS_ALLOW_HTTP_UPDATES === '1';
  let feed: string | null = null;
  autoUpdater.allowPrerelease = channel === 'beta';
  autoUpdater.isUserWithinRollout = (info) => isWithinRollout(info.stagingPercentage, options.rolloutKey());

  let lastTouchAt: number | null = null;
  options.win.webContents.on('input-event', (_event, input) => {
    if (['mouseDown', 'touchStart', 'gestureTap', 'keyDown', 'rawKeyDown'].includes(input.type)) lastTouchAt = Date.now();
  });

  /** The publisher's signature of the feed's manifest, checked against what was downloaded. */
  const verified = async (info: DownloadedUpdate): Promise<boolean> => {
    if (!feed) return false;
    try {
      const name = manifestFileName(process.platform);
      const [manifest, signature] = await Promise.all([fetch(`${feed}/${name}`), fetch(`${feed}/${name}.sig`)]);
      if (!manifest.ok || !signature.ok) return false;
      return mayInstallUpdate({ manifest: Buffer.from(await manifest.arrayBuffer()), signatureBase64: await signature.text(), downloaded: info });
    } catch {
      return false;
    }
  };

  let downloaded = false;
  autoUpdater.on('update-downloaded', async (info) => {
    if (!(await verified({ version: info.version, files: info.files.map((f) => ({ url: f.url, sha512: f.sha512 })) }))) {
      console.error(`Update ${info.version} not installed: its manifest is not signed by the publisher`);
      return;
    }
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
    const target = updateFeedUrl(hub, channel, allowHttp);
    if ('refused' in target) {
      console.error(`Updates: ${target.refused}`);
      return;
    }
    feed = target.url;
    autoUpdater.setFeedURL({ provider: 'generic', url: feed });
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
