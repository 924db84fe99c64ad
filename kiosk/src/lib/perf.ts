/**
 * Performance marks for the timing script (e2e/kiosk-timing.ts) and the bench: when the
 * language screen first painted, when a finger went down, and when the screen it led to painted.
 */
export const MARKS = {
  languageScreen: 'wegwijs:language-screen',
  tap: 'wegwijs:tap',
  painted: 'wegwijs:screen-painted',
} as const;

/** Marks after the browser has painted the frame (a rAF, then a task after it). */
export function markAfterPaint(name: string, detail?: string): void {
  requestAnimationFrame(() => setTimeout(() => performance.mark(name, { detail })));
}

let tapListening = false;
export function listenForTaps(): void {
  if (tapListening) return;
  tapListening = true;
  window.addEventListener('pointerdown', () => performance.mark(MARKS.tap), { capture: true, passive: true });
}
