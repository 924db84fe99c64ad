import { isAllowedNavigation } from './lockdown';

/**
 * Trust decisions of the Electron shell that are not about the kiosk's lock-down: who may call
 * the main process, which keychain may hold a token, which hub a kiosk may pair with.
 */

/** An IPC call counts only from the app's own page in the top frame, never from a sub-frame or another page. */
export function isTrustedSender(frame: { url: string; isMainFrame: boolean } | null): boolean {
  return frame !== null && frame.isMainFrame && isAllowedNavigation(frame.url);
}

/**
 * Electron's safeStorage on Linux falls back to `basic_text` (a key hard-coded in Chromium: no
 * protection at all) when no keyring runs. A token is sealed only with a real keychain, unless
 * the operator accepted that fallback with WEGWIJS_ALLOW_BASIC_TEXT_KEYCHAIN=1.
 */
export function keychainDecision(input: { platform: string; available: boolean; backend: string | null; allowBasicText: boolean }): { use: boolean; reason: string } {
  if (!input.available) return { use: false, reason: 'No OS keychain is available: the token is stored unencrypted in the app’s data folder' };
  if (input.platform === 'linux' && (input.backend === 'basic_text' || input.backend === 'unknown') && !input.allowBasicText) {
    return {
      use: false,
      reason: `The OS keychain is "${input.backend}", which does not protect secrets; start a keyring (gnome-keyring or kwallet), or set WEGWIJS_ALLOW_BASIC_TEXT_KEYCHAIN=1 to accept it`,
    };
  }
  return { use: true, reason: `sealed with the OS keychain${input.backend ? ` (${input.backend})` : ''}` };
}

/**
 * The pairing screen takes only the hub the kiosk was provisioned with (or, without
 * provisioning, the hub it was paired with before): a passer-by cannot point a kiosk at their
 * own hub. Staff change the hub by exiting (PIN) and provisioning again. A kiosk that was never
 * provisioned nor paired accepts any https hub (or one on this machine) for its first set-up.
 */
export function mayPairWith(requested: string, known: { provisioned: string | null; paired: string | null }): boolean {
  let origin: string;
  try {
    origin = new URL(requested).origin;
  } catch {
    return false;
  }
  const expected = known.provisioned ?? known.paired;
  if (expected) {
    try {
      return new URL(expected).origin === origin;
    } catch {
      return false;
    }
  }
  return origin.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(origin);
}
