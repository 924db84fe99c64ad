import { describe, expect, it } from 'vitest';
import { ConfigError, parseHubConfig } from './config';

describe('hub configuration', () => {
  it('takes defaults, then the environment, then flags', () => {
    expect(parseHubConfig([], {})).toMatchObject({ port: 4310, host: '127.0.0.1', demo: false });
    expect(parseHubConfig([], { WEGWIJS_HUB_PORT: '5000', WEGWIJS_DEMO: '1' })).toMatchObject({ port: 5000, demo: true });
    const config = parseHubConfig(['--port', '6000', '--data-dir', '/tmp/x', '--demo'], { WEGWIJS_HUB_PORT: '5000' });
    expect(config).toMatchObject({ port: 6000, dataDir: '/tmp/x', demo: true });
  });

  it('names the setting when a value is bad', () => {
    expect(() => parseHubConfig(['--port', 'eighty'], {})).toThrow(/--port must be a port number/);
    expect(() => parseHubConfig([], { WEGWIJS_HUB_PORT: '70000' })).toThrow(/WEGWIJS_HUB_PORT/);
    expect(() => parseHubConfig(['--data-dir'], {})).toThrow(/--data-dir needs a value/);
    expect(() => parseHubConfig(['--colour'], {})).toThrow(ConfigError);
    expect(() => parseHubConfig(['--trusted-proxy', 'proxy.local'], {})).toThrow(/--trusted-proxy takes IP addresses/);
  });

  it('reads trusted proxies and the national-tenant permission from flags and the environment', () => {
    expect(parseHubConfig([], {})).toMatchObject({ trustedProxies: [], allowNationalTenant: false });
    const env = { WEGWIJS_TRUSTED_PROXIES: '10.0.0.5, 10.0.0.6', WEGWIJS_ALLOW_NATIONAL_TENANT: '1' };
    expect(parseHubConfig(['--trusted-proxy', '::1'], env)).toMatchObject({ trustedProxies: ['10.0.0.5', '10.0.0.6', '::1'], allowNationalTenant: true });
    expect(parseHubConfig(['--allow-national-tenant'], {})).toMatchObject({ allowNationalTenant: true });
  });
});

describe('the public base URL', () => {
  it('comes from --public-url or WEGWIJS_PUBLIC_URL, without a trailing slash', () => {
    expect(parseHubConfig([], { WEGWIJS_PUBLIC_URL: 'https://wegwijs.waalhaven.nl/' })).toMatchObject({ publicUrl: 'https://wegwijs.waalhaven.nl' });
    expect(parseHubConfig(['--public-url', 'https://a.example/hub'], { WEGWIJS_PUBLIC_URL: 'https://b.example' })).toMatchObject({ publicUrl: 'https://a.example/hub' });
    expect(parseHubConfig([], {})).toMatchObject({ publicUrl: null, production: false });
  });

  it('refuses production mode without it, and says which setting is missing', () => {
    expect(() => parseHubConfig([], { NODE_ENV: 'production' })).toThrow(/production mode.*--public-url.*WEGWIJS_PUBLIC_URL/);
    expect(() => parseHubConfig(['--production'], {})).toThrow(ConfigError);
    expect(parseHubConfig(['--production', '--public-url', 'https://wegwijs.waalhaven.nl'], {})).toMatchObject({ production: true });
  });

  it('names the setting when the address is not a plain web address', () => {
    expect(() => parseHubConfig(['--public-url', 'wegwijs.nl'], {})).toThrow(/--public-url must be a web address/);
    expect(() => parseHubConfig([], { WEGWIJS_PUBLIC_URL: 'https://x.example/?a=1' })).toThrow(/WEGWIJS_PUBLIC_URL/);
    expect(() => parseHubConfig(['--public-url', 'ftp://x.example'], {})).toThrow(ConfigError);
  });
});
