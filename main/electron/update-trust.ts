import { createPublicKey, verify } from 'node:crypto';

/**
 * The publisher's Ed25519 key that signs each update manifest (latest*.yml). electron-updater
 * checks a downloaded installer only against the SHA-512 in that manifest, so whoever can change
 * the manifest on the hub or on the way could ship any file; the app installs an update only when
 * the manifest carries this key's signature. The private half never leaves the publisher:
 * `tsx build/sign-update.ts --new-key` makes a pair; replace this constant before a release.
 */
export const UPDATE_PUBLISHER_KEY = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEADSrWgw3q+2XIdx6iP0cFZDV8vOQa+huy+Nc3Sr/YFco=
-----END PUBLIC KEY-----`;

/** The manifest electron-updater's generic provider reads on each platform. */
export function manifestFileName(platform: string): string {
  if (platform === 'linux') return 'latest-linux.yml';
  if (platform === 'darwin') return 'latest-mac.yml';
  return 'latest.yml';
}

/**
 * The update feed on the hub the app uses. Only over https: over http anyone on the network could
 * answer. http only with WEGWIJS_ALLOW_HTTP_UPDATES=1, for development against a local hub.
 */
export function updateFeedUrl(hubUrl: string, channel: string, allowHttp: boolean): { url: string } | { refused: string } {
  let hub: URL;
  try {
    hub = new URL(hubUrl);
  } catch {
    return { refused: `Not a hub address: "${hubUrl}"` };
  }
  if (hub.protocol !== 'https:' && !(hub.protocol === 'http:' && allowHttp)) {
    return { refused: `Updates come only over https; ${hub.origin} is ${hub.protocol.replace(':', '')} (WEGWIJS_ALLOW_HTTP_UPDATES=1 allows it for development)` };
  }
  return { url: `${hub.origin}${hub.pathname.replace(/\/+$/, '')}/updates/${channel}` };
}

/** Whether `signatureBase64` is the publisher's Ed25519 signature of the manifest's exact bytes. */
export function isSignedManifest(manifest: Buffer, signatureBase64: string, publicKeyPem: string = UPDATE_PUBLISHER_KEY): boolean {
  try {
    return verify(null, manifest, createPublicKey(publicKeyPem), Buffer.from(signatureBase64.trim(), 'base64'));
  } catch {
    return false;
  }
}

export interface DownloadedUpdate {
  version: string;
  files: { url: string; sha512: string }[];
}

/**
 * An update may be installed only when the signed manifest names its version and the SHA-512 of
 * every file electron-updater downloaded (which it checked against that hash).
 */
export function mayInstallUpdate(input: { manifest: Buffer; signatureBase64: string; downloaded: DownloadedUpdate; publicKeyPem?: string }): boolean {
  if (!isSignedManifest(input.manifest, input.signatureBase64, input.publicKeyPem)) return false;
  const lines = input.manifest.toString('utf8').split(/\r?\n/).map((l) => l.trim());
  const values = (key: string) => lines.filter((l) => l.startsWith(`${key}:`) || l.startsWith(`- ${key}:`)).map((l) => l.slice(l.indexOf(':') + 1).trim().replace(/^['"]|['"]$/g, ''));
  if (!values('version').includes(input.downloaded.version)) return false;
  const hashes = new Set(values('sha512'));
  return input.downloaded.files.length > 0 && input.downloaded.files.every((f) => hashes.has(f.sha512));
}
