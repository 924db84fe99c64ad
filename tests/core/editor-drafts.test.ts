import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EditorDrafts } from '../../main/core/admin/editor-drafts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijs-drafts-'));
  dirs.push(dir);
  return dir;
};

const EDITS = { fields: { priority: 3 }, texts: { nl: { title: 'Spreekuur wijkteam' } }, minor: false };
const ITEM = '0b7e6a4e-2f57-4a43-9d43-5d6c9a0f7b11';

describe('editor drafts', () => {
  it('outlive a core that was never closed (a crash): a second opening of the folder has them', () => {
    const dir = folder();
    const crashed = new EditorDrafts(dir);
    crashed.put('anna', { itemKey: ITEM, baseRevision: 4, edits: EDITS });
    crashed.put('anna', { itemKey: 'new', baseRevision: null, edits: EDITS });
    // No close(): the process is gone. The next start opens the same file.
    const restarted = new EditorDrafts(dir);
    expect(restarted.get('anna', ITEM)).toMatchObject({ itemKey: ITEM, baseRevision: 4, edits: EDITS });
    expect(restarted.list('anna').map((d) => d.itemKey).sort()).toEqual([ITEM, 'new'].sort());
    restarted.close();
    crashed.close();
  });

  it('are kept per person, replaced by a newer version, and gone when discarded', () => {
    const drafts = new EditorDrafts(folder());
    drafts.put('anna', { itemKey: ITEM, baseRevision: 4, edits: EDITS });
    expect(drafts.get('bram', ITEM)).toBeNull();
    drafts.put('anna', { itemKey: ITEM, baseRevision: 5, edits: { ...EDITS, minor: true } });
    expect(drafts.get('anna', ITEM)).toMatchObject({ baseRevision: 5, edits: { minor: true } });
    drafts.discard('anna', ITEM);
    expect(drafts.get('anna', ITEM)).toBeNull();
    drafts.close();
  });
});
