import { describe, expect, it } from 'vitest';
import { generateKeyPairSync, sign } from 'node:crypto';
import { isSignedManifest, manifestFileName, mayInstallUpdate, updateFeedUrl } from './update-trust';

const publisher = generateKeyPairSync('ed25519');
const publicKeyPem = publisher.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const manifest = Buffer.from(`version: 1.4.0
files:
  - url: Wegwijs-1.4.0-x86_64.AppImage
    sha512: AAAAhashOfTheAppImage==
    size: 123
path: Wegwijs-1.4.0-x86_64.AppImage
sha512: AAAAhashOfTheAppImage==
releaseDate: '2026-11-30T10:00:00.000Z'
`);
const signature = sign(null, manifest, publisher.privateKey).toString('base64');
const downloaded = { version: '1.4.0', files: [{ url: 'Wegwijs-1.4.0-x86_64.AppImage', sha512: 'AAAAhashOfTheAppImage==' }] };

describe('update feed', () => {
  it('is https only; http only when the development flag allows it', () => {
    expect(updateFeedUrl('https://hub.example/', 'stable', false)).toEqual({ url: 'https://hub.example/updates/stable' });
    expect(updateFeedUrl('http://hub.example', 'stable', false)).toMatchObject({ refused: expect.stringMatching(/only over https/) });
    expect(updateFeedUrl('http://127.0.0.1:4310', 'beta', true)).toEqual({ url: 'http://127.0.0.1:4310/updates/beta' });
    expect(updateFeedUrl('file:///etc', 'stable', true)).toHaveProperty('refused');
  });

  it('reads the manifest each platform uses', () => {
    expect(manifestFileName('linux')).toBe('latest-linux.yml');
    expect(manifestFileName('win32')).toBe('latest.yml');
  });
});

describe('signed update manifests', () => {
  it('installs an update whose manifest the publisher signed and which names the downloaded file', () => {
    expect(isSignedManifest(manifest, signature, publicKeyPem)).toBe(true);
    expect(mayInstallUpdate({ manifest, signatureBase64: signature, downloaded, publicKeyPem })).toBe(true);
  });

  it('refuses a manifest changed after signing (another hash), or signed by anyone else', () => {
    const swapped = Buffer.from(manifest.toString().replaceAll('AAAAhashOfTheAppImage==', 'BBBBevilHash=='));
    expect(mayInstallUpdate({ manifest: swapped, signatureBase64: signature, downloaded: { ...downloaded, files: [{ url: 'x', sha512: 'BBBBevilHash==' }] }, publicKeyPem })).toBe(false);
    const stranger = generateKeyPairSync('ed25519');
    const forged = sign(null, swapped, stranger.privateKey).toString('base64');
    expect(mayInstallUpdate({ manifest: swapped, signatureBase64: forged, downloaded, publicKeyPem })).toBe(false);
    expect(isSignedManifest(manifest, 'not base64 at all', publicKeyPem)).toBe(false);
  });

  it('refuses a download the signed manifest does not name (other version or other file)', () => {
    expect(mayInstallUpdate({ manifest, signatureBase64: signature, downloaded: { ...downloaded, version: '1.5.0' }, publicKeyPem })).toBe(false);
    expect(mayInstallUpdate({ manifest, signatureBase64: signature, downloaded: { version: '1.4.0', files: [{ url: 'x', sha512: 'CCCC==' }] }, publicKeyPem })).toBe(false);
    expect(mayInstallUpdate({ manifest, signatureBase64: signature, downloaded: { version: '1.4.0', files: [] }, publicKeyPem })).toBe(false);
  });
});
