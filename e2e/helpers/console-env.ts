import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startHub, type Hub } from '../../main/hub/server';
import { seedDemo } from '../../main/hub/demo/seed';
import { AdminCore } from '../../main/core/admin/admin-core';
import { adminRouter } from '../../main/core/admin/admin-router';
import { startLocalServer } from '../../main/core/local-server';

const ROOT = resolve(import.meta.dirname, '../..');

export interface ConsoleRun {
  url: string;
  core: AdminCore;
  dataDir: string;
  port: number;
  /** Stops serving at once, as a killed process would: nothing is flushed or closed first. */
  crash(): Promise<void>;
}

export interface ConsoleEnv {
  hub: Hub;
  hubDir: string;
  /**
   * Starts one more admin console (its own desktop core and data folder) and returns its URL.
   * `again` starts a new core on the data folder and port of one that `crash` stopped.
   */
  openConsole(again?: ConsoleRun): Promise<ConsoleRun>;
  /** Stops the hub (consoles stay up and go offline); `startHub` brings it back on the same port. */
  stopHub(): Promise<void>;
  startHub(): Promise<void>;
  close(): Promise<void>;
}

/**
 * One admin console: its own desktop core and data folder, serving the built console over
 * loopback. `again` starts a new core on the data folder and port of one that `crash` stopped.
 */
export async function startConsole(again?: Pick<ConsoleRun, 'dataDir' | 'port'>) {
  const dir = again?.dataDir ?? mkdtempSync(join(tmpdir(), 'wegwijs-e2e-console-'));
  const core = new AdminCore({ dataDir: dir, pollMs: 2_000 });
  const server = await startLocalServer({ router: adminRouter(core), staticDir: join(ROOT, 'out/renderer'), indexPage: 'renderer/index.html', port: again?.port });
  let served = true;
  const close = async () => {
    if (served) await server.close();
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  };
  const crash = async () => {
    served = false;
    await server.close();
  };
  return { url: server.url, core, dataDir: dir, port: Number(new URL(server.url).port), crash, close };
}

/** A real hub with the demo data and real desktop cores serving the built console over loopback. */
export async function startConsoleEnv(): Promise<ConsoleEnv> {
  const hubDir = mkdtempSync(join(tmpdir(), 'wegwijs-e2e-hub-'));
  const fast = { hashCost: { N: 1024, r: 8, p: 1 } };
  let hub = await startHub({ dataDir: hubDir, settings: fast });
  await seedDemo(hub.deps);
  const cleanups: (() => Promise<void>)[] = [];
  const env: ConsoleEnv = {
    get hub() {
      return hub;
    },
    hubDir,
    async openConsole(again) {
      const { close, ...console } = await startConsole(again);
      cleanups.push(close);
      return console;
    },
    async stopHub() {
      await hub.close();
    },
    async startHub() {
      hub = await startHub({ dataDir: hubDir, settings: fast, port: hub.port });
    },
    async close() {
      for (const c of cleanups.reverse()) await c();
      await hub.close();
      rmSync(hubDir, { recursive: true, force: true });
    },
  };
  return env;
}
