import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseUpdateInfo, resolveFiles } from 'electron-updater/out/providers/Provider';
import { startTestHub, type TestHub } from '../helpers/hub-fixture';

let t: TestHub;
beforeEach(async () => {
  t = await startTestHub();
});
afterEach(() => t.stop());

function publish(channel: string, version: string, stagingPercentage?: number) {
  const dir = join(t.dataDir, 'updates', channel);
  mkdirSync(dir, { recursive: true });
  const installer = Buffer.from(`pretend installer ${version}`);
  const name = `Wegwijs-${version}.AppImage`;
  writeFileSync(join(dir, name), installer);
  const sha512 = createHash('sha512').update(installer).digest('base64');
  writeFileSync(
    join(dir, 'latest-linux.yml'),
    [`version: ${version}`, 'files:', `  - url: ${name}`, `    sha512: ${sha512}`, `    size: ${installer.length}`, `path: ${name}`, `sha512: ${sha512}`, `releaseDate: '2026-11-29T03:00:00.000Z'`, ...(stagingPercentage !== undefined ? [`stagingPercentage: ${stagingPercentage}`] : [])].join('\n') + '\n',
  );
  return { sha512, name };
}

describe('update feed', () => {
  it('serves a channel file that electron-updater parses, and the installer it points to', async () => {
    const { sha512, name } = publish('stable', '0.2.0', 30);
    publish('beta', '0.3.0-beta.1');
    const base = new URL(`${t.hub.url}/updates/stable/`);
    const res = await fetch(new URL('latest-linux.yml', base));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const info = parseUpdateInfo(await res.text(), 'latest-linux.yml', new URL('latest-linux.yml', base));
    expect(info).toMatchObject({ version: '0.2.0', stagingPercentage: 30 });
    const [file] = resolveFiles(info, base);
    expect(file!.url.href).toBe(`${t.hub.url}/updates/stable/${name}`);
    const bytes = Buffer.from(await (await fetch(file!.url)).arrayBuffer());
    expect(createHash('sha512').update(bytes).digest('base64')).toBe(sha512);

    const beta = await (await fetch(`${t.hub.url}/updates/beta/latest-linux.yml`)).text();
    expect(parseUpdateInfo(beta, 'latest-linux.yml', new URL(`${t.hub.url}/updates/beta/latest-linux.yml`)).version).toBe('0.3.0-beta.1');
  });

  it('serves nothing outside the channel folders', async () => {
    publish('stable', '0.2.0');
    for (const path of ['/updates/nightly/latest-linux.yml', '/updates/stable/..%2F..%2Fhub.db', '/updates/stable/missing.yml', '/updates/stable/.hidden']) {
      expect((await fetch(`${t.hub.url}${path}`)).status, path).toBe(404);
    }
  });
});
