import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

/**
 * Draws the app icon (a white signpost arrow on Wegwijs blue) so no binary artwork has to be
 * committed. Run: npx tsx build/make-icon.ts  → build/icon.png (512×512), used by electron-builder.
 */
const size = 512;
const png = new PNG({ width: size, height: size });
const blue = [11, 83, 148];
for (let y = 0; y < size; y++) {
  for (let x = 0; x < size; x++) {
    const i = (y * size + x) * 4;
    const r = 96;
    const inCorner = (cx: number, cy: number) => (x - cx) ** 2 + (y - cy) ** 2 > r * r;
    const outside =
      (x < r && y < r && inCorner(r, r)) ||
      (x > size - r && y < r && inCorner(size - r, r)) ||
      (x < r && y > size - r && inCorner(r, size - r)) ||
      (x > size - r && y > size - r && inCorner(size - r, size - r));
    // A post and a sign pointing right.
    const post = x >= 236 && x <= 276 && y >= 150 && y <= 440;
    const sign = y >= 140 && y <= 250 && x >= 140 && x <= 330 + Math.max(0, 55 - Math.abs(y - 195));
    const white = post || sign;
    const [cr, cg, cb] = white ? [255, 255, 255] : blue;
    png.data[i] = cr!;
    png.data[i + 1] = cg!;
    png.data[i + 2] = cb!;
    png.data[i + 3] = outside ? 0 : 255;
  }
}
writeFileSync(new URL('./icon.png', import.meta.url), PNG.sync.write(png));
console.log('build/icon.png written');
