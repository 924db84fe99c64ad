import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AdminStore, type StoredSession } from '../../main/core/admin/admin-store';
import type { SecretBox } from '../../main/core/kiosk/kiosk-core';

/** An AES-GCM box standing in for the OS keychain Electron's safeStorage uses. */
function aesBox(key = randomBytes(32)): SecretBox {
  return {
    kind: 'os-keychain',
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
    },
    open(sealed) {
      const raw = Buffer.from(sealed, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

const TOKEN = 'wws_secret-session-token-of-the-civil-servant';
const session: StoredSession = {
  token: TOKEN,
  expiresAt: '2026-12-01T21:00:00Z',
  user: { id: 'u1', name: 'Editor', email: 'editor@town.example', role: 'editor' },
  tenant: { id: 't1', kind: 'municipality', name: 'Town' },
  hubUrl: 'https://hub.example',
};

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'wegwijs-console-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the console’s session token at rest', () => {
  it('is sealed with the keychain: the database file never holds it, the console still reads it', () => {
    const box = aesBox();
    const store = new AdminStore(join(dir, 'console.db'), box);
    store.saveSession(session);
    expect(store.session()?.token).toBe(TOKEN);
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.db.close();
    expect(readFileSync(join(dir, 'console.db')).includes(TOKEN)).toBe(false);
    const raw = new Database(join(dir, 'console.db'), { readonly: true });
    expect(String(raw.prepare("SELECT value FROM settings WHERE key = 'session'").pluck().get())).not.toContain(TOKEN);
    raw.close();
    expect(new AdminStore(join(dir, 'console.db'), box).session()?.token).toBe(TOKEN);
  });

  it('asks to sign in again when another keychain sealed it (the file was copied elsewhere)', () => {
    new AdminStore(join(dir, 'console.db'), aesBox()).saveSession(session);
    expect(new AdminStore(join(dir, 'console.db'), aesBox()).session()).toBeNull();
  });
});
