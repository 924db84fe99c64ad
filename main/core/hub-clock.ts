/**
 * The hub's clock as seen from this machine. The hub's clock decides when an item is valid; a
 * kiosk or console whose own clock is off learns the difference from every answer's `hubTime`
 * and judges validity (and shows "published" or "scheduled") by the hub's time.
 */
export class HubClock {
  constructor(
    private offsetMs = 0,
    private readonly local: () => number = Date.now,
  ) {}

  /** Learns from an answer stamped `hubTime`, asked at local `sentAt` and received at local `receivedAt`. */
  learn(hubTime: string, sentAt: number, receivedAt: number): void {
    const hub = Date.parse(hubTime);
    if (Number.isFinite(hub)) this.offsetMs = Math.round(hub - (sentAt + receivedAt) / 2);
  }

  /** How far the hub's clock is ahead of this machine's, in ms (negative: behind). */
  offset(): number {
    return this.offsetMs;
  }

  now(): Date {
    return new Date(this.local() + this.offsetMs);
  }
}
