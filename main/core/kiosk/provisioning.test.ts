import { describe, expect, it } from 'vitest';
import { parseProvisioning, ProvisioningError } from './provisioning';

describe('kiosk provisioning', () => {
  it('reads a config file, with flags winning', () => {
    const file = JSON.stringify({ hubUrl: 'https://hub.waalhaven.example/', idleSeconds: 120, languages: ['nl', 'pl'], orientation: 'portrait' });
    const p = parseProvisioning(['--kiosk', '--pair', 'ABCD-EFGH', '--idle-seconds', '60', '--no-sandbox'], file);
    expect(p).toEqual({
      hubUrl: 'https://hub.waalhaven.example',
      pairingCode: 'ABCD-EFGH',
      settings: { idleSeconds: 60, languages: ['nl', 'pl'], orientation: 'portrait' },
    });
  });

  it('works with flags alone and with nothing', () => {
    expect(parseProvisioning(['--hub', 'http://10.0.0.5:4310', '--languages', 'nl,en,ar'], null)).toMatchObject({
      hubUrl: 'http://10.0.0.5:4310',
      settings: { languages: ['nl', 'en', 'ar'] },
    });
    expect(parseProvisioning([], null)).toEqual({ hubUrl: null, pairingCode: null, settings: {} });
  });

  it('names the flag or key of every bad value', () => {
    const bad: [string[], string | null, RegExp][] = [
      [['--idle-seconds', 'soon'], null, /--idle-seconds must be a whole number/],
      [['--idle-seconds', '3'], null, /--idle-seconds: at least 15 seconds/],
      [['--languages', 'nl,xx'], null, /--languages: unknown xx/],
      [['--orientation', 'diagonal'], null, /--orientation:/],
      [['--hub', 'ftp://x'], null, /--hub \/ hubUrl: "ftp:\/\/x" is not a web address/],
      [['--pair'], null, /--pair needs a value/],
      [[], '{"idleSeconds": 5}', /config file: idleSeconds: at least 15 seconds/],
      [[], '{"idle": 90}', /unknown setting idle/],
      [[], '{not json', /not valid JSON/],
      [[], '[1,2]', /must hold a JSON object/],
    ];
    for (const [argv, file, message] of bad) {
      expect(() => parseProvisioning(argv, file), `${argv.join(' ')} ${file}`).toThrow(ProvisioningError);
      expect(() => parseProvisioning(argv, file)).toThrow(message);
    }
  });
});
