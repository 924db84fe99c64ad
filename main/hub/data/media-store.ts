import { randomUUID } from 'node:crypto';
import type { Actor, HubDeps, TenantRef } from '../context-types';
import { LIMITS } from '../../../shared/limits';
import { invalid } from '../errors';
import { recordAudit } from './audit';
import { tenantRows } from './scope';
import { anyOf, jsonArrayHas, transaction } from '../db/dialect';

export const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/webp': (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

/** Uploaded images of one tenant. The bytes must be what the type says: no SVG, no HTML posing as an image. */
export function mediaStore(deps: HubDeps, tenant: TenantRef, actor: Actor) {
  return {
    async upload(contentType: string, dataBase64: string): Promise<{ mediaId: string; size: number }> {
      const bytes = Buffer.from(dataBase64, 'base64');
      if (bytes.length > LIMITS.uploadBytes) throw invalid('image_too_big', `Images can be at most ${LIMITS.uploadBytes / 1024 / 1024} MB`, 'dataBase64', { megabytes: LIMITS.uploadBytes / 1024 / 1024 });
      if (!SIGNATURES[contentType]?.(bytes)) throw invalid('image_type_mismatch', 'The file is not the image type it claims to be', 'dataBase64');
      const id = randomUUID();
      await transaction(deps.db, async (trx) => {
        await trx
          .insertInto('media')
          .values({ id, tenant_id: tenant.id, content_type: contentType, size: bytes.length, bytes, created_at: deps.now().toISOString() })
          .execute();
        await recordAudit(trx, actor, 'media.upload', 'media', id, { contentType, size: bytes.length }, deps.now());
      });
      return { mediaId: id, size: bytes.length };
    },
  };
}

/**
 * Serving an image over plain HTTP: the owner's users may fetch it; anyone else only while an item
 * using it is visible to workers somewhere — published, not deleted, and inside its validity
 * window by the hub's clock (then it is public anyway, e.g. on the phone page).
 */
export async function readMedia(deps: HubDeps, mediaId: string, viewerTenantId: string | null, now: Date) {
  const { db } = deps;
  const row = await db.selectFrom('media').select(['tenant_id', 'content_type', 'bytes']).where('id', '=', mediaId).executeTakeFirst();
  if (!row) return null;
  if (row.tenant_id === viewerTenantId) return row;
  const at = now.toISOString();
  const used = await tenantRows(db, row.tenant_id)
    .selectFrom('items')
    .select('id')
    .where('published', '=', 1)
    .where('deleted_at', 'is', null)
    .where((eb) => eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', at)]))
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>', at)]))
    .where(jsonArrayHas(db, 'items.images', null, 'mediaId', mediaId))
    .executeTakeFirst();
  return used ? row : null;
}

/** Sizes of images that published items use, for the phone's offline budget. */
export async function mediaSizes(deps: HubDeps, mediaIds: readonly string[]): Promise<Record<string, number>> {
  if (!mediaIds.length) return {};
  const rows = await deps.db.selectFrom('media').select(['id', 'size']).where(anyOf(deps.db, 'id', mediaIds)).execute();
  return Object.fromEntries(rows.map((r) => [r.id, r.size]));
}
