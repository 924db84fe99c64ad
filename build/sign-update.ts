/**
 * Signs an update manifest for the hub's feed: `tsx build/sign-update.ts dist/latest-linux.yml
 * --key /secure/wegwijs-update.pem` writes dist/latest-linux.yml.sig (Ed25519, base64); copy both
 * to the hub's updates/<channel>/. `--new-key` prints a new key pair: keep the private key
 * offline, put the public key into main/electron/update-trust.ts (UPDATE_PUBLISHER_KEY).
 */
import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ options: { key: { type: 'string' }, 'new-key': { type: 'boolean' } }, allowPositionals: true });
if (values['new-key']) {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  console.log(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  console.log(publicKey.export({ type: 'spki', format: 'pem' }).toString());
} else {
  const [manifest] = positionals;
  if (!manifest || !values.key) {
    console.error('Usage: tsx build/sign-update.ts <latest*.yml> --key <private.pem> | --new-key');
    process.exit(2);
  }
  const signature = sign(null, readFileSync(manifest), createPrivateKey(readFileSync(values.key)));
  writeFileSync(`${manifest}.sig`, signature.toString('base64') + '\n');
  console.log(`Signed ${manifest} → ${manifest}.sig`);
}
