import { TRPCError } from '@trpc/server';
import { KioskCore, type KioskCoreOptions } from '../core/kiosk/kiosk-core';
import { mayPairWith } from './guards';

/** The kiosk core of an Electron kiosk: its pairing screen pairs only with the hub it belongs to. */
export class GuardedKioskCore extends KioskCore {
  constructor(
    options: KioskCoreOptions,
    private readonly provisionedHub: string | null,
  ) {
    super(options);
  }

  override async pair(hubUrl: string, code: string) {
    if (!mayPairWith(hubUrl, { provisioned: this.provisionedHub, paired: this.state().hubUrl })) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'This kiosk pairs only with the hub it was set up for. Staff: exit with the PIN and set it up again.' });
    }
    return super.pair(hubUrl, code);
  }
}
