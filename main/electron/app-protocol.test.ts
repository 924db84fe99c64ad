import { describe, expect, it } from 'vitest';
import { initTRPC } from '@trpc/server';
import { appProtocolHandler } from './app-protocol';

const PNG = Buffer.from('89504e470d0a1a0a', 'hex');
const handler = appProtocolHandler({
  staticDir: '/nonexistent',
  router: initTRPC.create().router({}),
  media: (id) => (id === '00000000-0000-4000-8000-000000000001' ? { content_type: 'image/png', bytes: PNG } : null),
});

describe('the wegwijs:// protocol', () => {
  it('serves cached images with nosniff and a CSP that runs nothing', async () => {
    const res = await handler(new Request('wegwijs://app/media/00000000-0000-4000-8000-000000000001'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
  });

  it('answers 400 to a malformed address instead of failing', async () => {
    expect((await handler(new Request('wegwijs://app/%E0%A4%A'))).status).toBe(400);
  });
});
