import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

describe('the client address behind reverse proxies', () => {
  it('ignores X-Forwarded-For from anyone who is not a trusted proxy', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', [])).toBe('203.0.113.9');
    expect(clientAddress('203.0.113.9', '198.51.100.1', ['10.0.0.5'])).toBe('203.0.113.9');
  });

  it('takes the address a trusted proxy forwarded, and skips a chain of trusted proxies', () => {
    expect(clientAddress('10.0.0.5', '198.51.100.1', ['10.0.0.5'])).toBe('198.51.100.1');
    expect(clientAddress('::ffff:10.0.0.5', '198.51.100.1, 10.0.0.6', ['10.0.0.5', '10.0.0.6'])).toBe('198.51.100.1');
  });

  it('does not believe what the client wrote before the proxy added its hop', () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; nginx appended the real address.
    expect(clientAddress('10.0.0.5', '1.2.3.4, 198.51.100.1', ['10.0.0.5'])).toBe('198.51.100.1');
  });

  it('falls back to the proxy itself when it forwarded nothing usable', () => {
    expect(clientAddress('10.0.0.5', undefined, ['10.0.0.5'])).toBe('10.0.0.5');
    expect(clientAddress('10.0.0.5', 'garbage', ['10.0.0.5'])).toBe('10.0.0.5');
  });
});
