import { existsSync, readFileSync } from 'node:fs';
import { parseProvisioning, ProvisioningError, type Provisioning } from './provisioning';

/**
 * Provisioning from `--config FILE` (or the default file, when present) and flags. A bad
 * value stops the start with a message naming it, so an install script fails loudly.
 */
export function readProvisioning(argv: readonly string[], defaultFile: string): Provisioning {
  const i = argv.indexOf('--config');
  const file = i >= 0 ? argv[i + 1] : existsSync(defaultFile) ? defaultFile : null;
  if (i >= 0 && (!file || !existsSync(file))) throw new ProvisioningError(`--config: no file at ${file ?? '(missing path)'}`);
  return parseProvisioning(argv, file ? readFileSync(file, 'utf8') : null, file ?? 'config file');
}
