import { describe, expect, it } from 'vitest';
import { hashExitPin, verifyExitPin } from './exit-pin';

describe('kiosk exit PIN', () => {
  const hash = hashExitPin('4321', Buffer.from('0123456789abcdef'));
  it('opens only with the configured PIN', () => {
    expect(verifyExitPin('4321', hash)).toBe(true);
    expect(verifyExitPin('1234', hash)).toBe(false);
    expect(verifyExitPin('', hash)).toBe(false);
  });
  it('never opens when no PIN is configured or the hash is malformed', () => {
    expect(verifyExitPin('4321', null)).toBe(false);
    expect(verifyExitPin('4321', 'md5$abc')).toBe(false);
  });
});
