/**
 * Runs one task at a time. A call while it runs does not start a second run in parallel; it
 * asks for one more run after the current one (many calls fold into that one), as long as
 * `shouldRepeat` still allows it — e.g. not while the hub is unreachable.
 */
export class SingleFlight {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly task: () => Promise<void>,
    private readonly shouldRepeat: () => boolean = () => true,
  ) {}

  run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.task();
      } while (this.again && this.shouldRepeat());
    })().finally(() => (this.running = null));
    return this.running;
  }

  /** Resolves when no run is in progress. */
  async idle(): Promise<void> {
    await this.running;
  }
}
