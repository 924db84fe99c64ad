import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc';

/**
 * What the signed-in person may do with content: editors and admins everything, translators
 * only translations, viewers nothing. The hub enforces the same; this only keeps the screens honest.
 */
export function useCanEdit() {
  const trpc = useTRPC();
  const session = useQuery(trpc.session.get.queryOptions()).data ?? null;
  const role = session?.user.role;
  const canEditItems = role === 'admin' || role === 'editor';
  return { session, role, canEditItems, canTranslate: canEditItems || role === 'translator' };
}
