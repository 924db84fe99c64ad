import { PNG } from 'pngjs';

/**
 * The Wegwijs icon (a white signpost on Wegwijs blue), drawn in code so no binary artwork is
 * committed. `maskable` fills the whole square and keeps the sign inside the central safe zone
 * that Android's launcher masks to a circle or squircle.
 */
export function drawIcon(size: number, { maskable = false } = {}): Buffer {
  const png = new PNG({ width: size, height: size });
  const blue = [11, 83, 148];
  const r = maskable ? 0 : (96 / 512) * size;
  // Drawn on a 512 grid; the maskable sign is shrunk to 70 % around the centre.
  const scale = maskable ? 0.7 : 1;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const inCorner = (cx: number, cy: number) => (x - cx) ** 2 + (y - cy) ** 2 > r * r;
      const outside =
        r > 0 &&
        ((x < r && y < r && inCorner(r, r)) ||
          (x > size - r && y < r && inCorner(size - r, r)) ||
          (x < r && y > size - r && inCorner(r, size - r)) ||
          (x > size - r && y > size - r && inCorner(size - r, size - r)));
      const gx = ((x / size) * 512 - 256) / scale + 256;
      const gy = ((y / size) * 512 - 256) / scale + 256;
      const post = gx >= 236 && gx <= 276 && gy >= 150 && gy <= 440;
      const sign = gy >= 140 && gy <= 250 && gx >= 140 && gx <= 330 + Math.max(0, 55 - Math.abs(gy - 195));
      const [cr, cg, cb] = post || sign ? [255, 255, 255] : blue;
      png.data[i] = cr!;
      png.data[i + 1] = cg!;
      png.data[i + 2] = cb!;
      png.data[i + 3] = outside ? 0 : 255;
    }
  }
  return PNG.sync.write(png);
}
