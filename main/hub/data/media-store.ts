import { randomUUID } from 'node:crypto';
import type { Actor, HubDeps, TenantRef } from '../context-types';
import { LIMITS } from '../../../shared/limits';
import { invalid } from '../errors';
import { recordAudit } from './audit';

const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/webp': (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

/** Uploaded images of one tenant. The bytes must be what the type says: no SVG, no HTML posing as an image. */
export function mediaStore(deps: HubDeps, tenant: TenantRef, actor: Actor) {
  return {
    upload(contentType: string, dataBase64: string): { mediaId: string; size: number } {
      const bytes = Buffer.from(dataBase64, 'base64');
      if (bytes.length > LIMITS.uploadBytes) throw invalid('image_too_big', `Images can be at most ${LIMITS.uploadBytes / 1024 / 1024} MB`, 'dataBase64', { megabytes: LIMITS.uploadBytes / 1024 / 1024 });
      if (!SIGNATURES[contentType]?.(bytes)) throw invalid('image_type_mismatch', 'The file is not the image type it claims to be', 'dataBase64');
      const id = randomUUID();
      deps.db
        .prepare('INSERT INTO media (id, tenant_id, content_type, size, bytes, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(id, tenant.id, contentType, bytes.length, bytes, deps.now().toISOString());
      recordAudit(deps.db, actor, 'media.upload', 'media', id, { contentType, size: bytes.length }, deps.now());
      return { mediaId: id, size: bytes.length };
    },
  };
}

/**
 * Serving an image over plain HTTP: the owner's users may fetch it; anyone else only while an item
 * using it is visible to workers somewhere — published, not deleted, and inside its validity
 * window by the hub's clock (then it is public anyway, e.g. on the phone page).
 */
export function readMedia(deps: HubDeps, mediaId: string, viewerTenantId: string | null, now: Date) {
  const row = deps.db.prepare('SELECT tenant_id, content_type, bytes FROM media WHERE id = ?').get(mediaId) as
    | { tenant_id: string; content_type: string; bytes: Buffer }
    | undefined;
  if (!row) return null;
  if (row.tenant_id === viewerTenantId) return row;
  const at = now.toISOString();
  const used = deps.db
    .prepare(
      `SELECT 1 FROM items i, json_each(i.images) img
       WHERE i.tenant_id = ? AND i.published = 1 AND i.deleted_at IS NULL
         AND (i.valid_from IS NULL OR i.valid_from <= ?) AND (i.valid_until IS NULL OR i.valid_until > ?)
         AND json_extract(img.value, '$.mediaId') = ?`,
    )
    .get(row.tenant_id, at, at, mediaId);
  return used ? row : null;
}

/** Sizes of images that published items use, for the phone's offline budget. */
export function mediaSizes(deps: HubDeps, mediaIds: readonly string[]): Record<string, number> {
  const rows = deps.db
    .prepare('SELECT id, size FROM media WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(mediaIds)) as { id: string; size: number }[];
  return Object.fromEntries(rows.map((r) => [r.id, r.size]));
}
