import { z } from 'zod';
import { idSchema } from './content';
import { LIMITS } from './limits';

/** A kiosk's screenshot is at most this large (the same limit as an uploaded image). */
export const SCREENSHOT_MAX_BYTES = LIMITS.uploadBytes;

/** After this long without an answer the console says the kiosk did not answer (it is likely offline). */
export const SCREENSHOT_WAIT_MS = 20_000;

/** What a kiosk took, from its injected capture function (Electron: the window's own pixels). */
export interface Capture {
  contentType: 'image/png' | 'image/jpeg';
  bytes: Buffer;
}

/** How a kiosk answered the latest request: a picture, or why not. */
export const SCREENSHOT_OUTCOMES = ['taken', 'unavailable', 'too_large', 'failed'] as const;
export type ScreenshotOutcome = (typeof SCREENSHOT_OUTCOMES)[number];

/** A kiosk's answer to the request made at `requestedAt` (an answer to an older request is ignored). */
export const screenshotAnswerSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('taken'),
    requestedAt: z.string().max(40),
    contentType: z.enum(['image/png', 'image/jpeg']),
    dataBase64: z
      .string()
      .min(1, 'The screenshot is empty')
      .max(Math.ceil((SCREENSHOT_MAX_BYTES * 4) / 3) + 4, `A screenshot can be at most ${SCREENSHOT_MAX_BYTES / 1024 / 1024} MB`),
  }),
  z.object({ outcome: z.enum(['unavailable', 'too_large', 'failed']), requestedAt: z.string().max(40) }),
]);
export type ScreenshotAnswer = z.infer<typeof screenshotAnswerSchema>;

export const screenshotInputSchema = z.object({ kioskId: idSchema });

/** The latest screenshot of one kiosk, as the console shows it. */
export interface ScreenshotView {
  kioskId: string;
  /** none: never asked; waiting: asked, no answer yet; no_answer: asked longer than SCREENSHOT_WAIT_MS ago. */
  status: 'none' | 'waiting' | 'no_answer' | ScreenshotOutcome;
  requestedAt: string | null;
  requestedBy: string | null;
  /** When the kiosk answered (for a picture: when it was taken). */
  answeredAt: string | null;
  contentType: Capture['contentType'] | null;
  dataBase64: string | null;
}
