import { describe, expect, it } from 'vitest';
import { isTrustedSender, keychainDecision, mayPairWith } from './guards';

describe('IPC sender', () => {
  it('is trusted only as the app’s own page in the top frame', () => {
    expect(isTrustedSender({ url: 'wegwijs://app/kiosk/index.html', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'wegwijs://app/kiosk/index.html', isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});

describe('keychain for tokens', () => {
  const linux = { platform: 'linux', available: true, allowBasicText: false };
  it('uses a real keychain', () => {
    expect(keychainDecision({ ...linux, backend: 'gnome_libsecret' }).use).toBe(true);
    expect(keychainDecision({ platform: 'win32', available: true, backend: null, allowBasicText: false }).use).toBe(true);
  });
  it('refuses basic_text on Linux unless the operator opts in, and says how', () => {
    const refused = keychainDecision({ ...linux, backend: 'basic_text' });
    expect(refused.use).toBe(false);
    expect(refused.reason).toMatch(/WEGWIJS_ALLOW_BASIC_TEXT_KEYCHAIN=1/);
    expect(keychainDecision({ ...linux, backend: 'basic_text', allowBasicText: true }).use).toBe(true);
    expect(keychainDecision({ ...linux, available: false, backend: null }).use).toBe(false);
  });
});

describe('pairing a kiosk from its screen', () => {
  it('accepts only the provisioned hub', () => {
    const known = { provisioned: 'https://wegwijs.waalhaven.example', paired: null };
    expect(mayPairWith('https://wegwijs.waalhaven.example/', known)).toBe(true);
    expect(mayPairWith('https://evil.example', known)).toBe(false);
    expect(mayPairWith('http://wegwijs.waalhaven.example', known)).toBe(false);
    expect(mayPairWith('not a url', known)).toBe(false);
  });
  it('without provisioning, only the hub it was paired with; a new kiosk any https hub', () => {
    expect(mayPairWith('https://evil.example', { provisioned: null, paired: 'https://hub.example' })).toBe(false);
    expect(mayPairWith('https://hub.example', { provisioned: null, paired: 'https://hub.example' })).toBe(true);
    expect(mayPairWith('https://hub.example', { provisioned: null, paired: null })).toBe(true);
    expect(mayPairWith('http://hub.example', { provisioned: null, paired: null })).toBe(false);
    expect(mayPairWith('http://127.0.0.1:4310', { provisioned: null, paired: null })).toBe(true);
  });
});
