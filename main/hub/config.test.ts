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
  });
});
