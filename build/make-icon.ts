import { writeFileSync } from 'node:fs';
import { drawIcon } from './draw-icon';

/** Run: npx tsx build/make-icon.ts → build/icon.png (512×512), used by electron-builder. */
writeFileSync(new URL('./icon.png', import.meta.url), drawIcon(512));
console.log('build/icon.png written');
