import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '../../../trpc';
import type { Edits } from './draft';

const WAIT_MS = 300;

/**
 * Keeps the editor's unsaved edits in the desktop core a moment after each change, and drops
 * them once there is nothing unsaved. `kept` says whether the latest edits are on disk.
 */
export function useKeptEdits(itemKey: string, baseRevision: number | null, edits: Edits, unsaved: boolean) {
  const trpc = useTRPC();
  const put = useMutation(trpc.drafts.put.mutationOptions());
  const discard = useMutation(trpc.drafts.discard.mutationOptions());
  const [kept, setKept] = useState(false);
  const stored = useRef(false);

  useEffect(() => {
    setKept(false);
    if (!unsaved) {
      if (stored.current) discard.mutate({ itemKey });
      stored.current = false;
      return;
    }
    const timer = setTimeout(() => {
      stored.current = true;
      put.mutate({ itemKey, baseRevision, edits: { ...edits } }, { onSuccess: () => setKept(true) });
    }, WAIT_MS);
    return () => clearTimeout(timer);
    // Not on the mutations: their objects change every render, and only the edits matter.
  }, [itemKey, baseRevision, edits, unsaved]);

  return {
    kept,
    /** After a save or an explicit "discard": nothing of this item is kept any more. */
    forget: () => {
      stored.current = false;
      return discard.mutateAsync({ itemKey });
    },
  };
}
