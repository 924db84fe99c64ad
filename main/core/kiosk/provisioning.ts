import { LANGUAGE_CODES, isLanguageCode } from '../../../shared/languages';
import { kioskSettingsSchema, type KioskSettings } from './kiosk-settings';

/** What an install script sets for one screen: where the hub is, a pairing code, and how the screen behaves. */
export interface Provisioning {
  hubUrl: string | null;
  pairingCode: string | null;
  settings: Partial<KioskSettings>;
}

export class ProvisioningError extends Error {}

const FLAGS = ['--hub', '--pair', '--orientation', '--idle-seconds', '--languages', '--config'] as const;

/**
 * Reads a JSON config file's text (may be null) and command-line flags; flags win. Every bad
 * value is reported with the flag or key that holds it, e.g. `--idle-seconds: at least 15 seconds`.
 */
export function parseProvisioning(argv: readonly string[], configText: string | null, configName = 'config file'): Provisioning {
  const fromFile = configText ? parseConfigFile(configText, configName) : {};
  const fromFlags: Record<string, unknown> = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (!flag.startsWith('--') || flag === '--kiosk') continue;
    if (!(FLAGS as readonly string[]).includes(flag)) continue; // Electron and Chromium flags pass through
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new ProvisioningError(`${flag} needs a value`);
    i++;
    switch (flag) {
      case '--hub':
        fromFlags.hubUrl = value;
        break;
      case '--pair':
        fromFlags.pairingCode = value;
        break;
      case '--orientation':
        fromFlags.orientation = value;
        break;
      case '--idle-seconds':
        if (!/^\d+$/.test(value)) throw new ProvisioningError(`--idle-seconds must be a whole number of seconds, not "${value}"`);
        fromFlags.idleSeconds = Number(value);
        break;
      case '--languages': {
        const codes = value.split(',').map((c) => c.trim()).filter(Boolean);
        const unknown = codes.filter((c) => !isLanguageCode(c));
        if (unknown.length) throw new ProvisioningError(`--languages: unknown ${unknown.join(', ')}; use codes from ${LANGUAGE_CODES.join(', ')}`);
        fromFlags.languages = codes;
        break;
      }
    }
  }
  const merged = { ...fromFile, ...fromFlags };
  const hubUrl = typeof merged.hubUrl === 'string' ? checkUrl(merged.hubUrl, '--hub / hubUrl') : null;
  const pairingCode = typeof merged.pairingCode === 'string' ? merged.pairingCode.trim() : null;
  const { hubUrl: _h, pairingCode: _p, ...rest } = merged;
  const parsed = kioskSettingsSchema.safeParse(rest);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = String(issue.path[0] ?? '');
    const where = key in fromFlags ? `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` : `${configName}: ${key}`;
    throw new ProvisioningError(`${where}: ${issue.message.replace(/^\w+: /, '')}`);
  }
  return { hubUrl, pairingCode, settings: stripUndefined(parsed.data) };
}

function parseConfigFile(text: string, name: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ProvisioningError(`${name} is not valid JSON: ${(err as Error).message}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ProvisioningError(`${name} must hold a JSON object`);
  const allowed = ['hubUrl', 'pairingCode', 'orientation', 'idleSeconds', 'languages'];
  const unknown = Object.keys(data).filter((k) => !allowed.includes(k));
  if (unknown.length) throw new ProvisioningError(`${name}: unknown setting ${unknown.join(', ')} (known: ${allowed.join(', ')})`);
  return data as Record<string, unknown>;
}

function checkUrl(value: string, where: string): string {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error();
    return value.replace(/\/+$/, '');
  } catch {
    throw new ProvisioningError(`${where}: "${value}" is not a web address like https://hub.example.nl`);
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
