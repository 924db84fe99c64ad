import { useQuery } from '@tanstack/react-query';
import type { LanguageCode } from '../../../../shared/languages';
import { useTRPC } from '../../trpc';

/** The languages the tenant's locations chose, in their order (first location first); none while offline. */
export function useOfferedLanguages(): LanguageCode[] {
  const trpc = useTRPC();
  const locations = useQuery({ ...trpc.locations.list.queryOptions(), retry: false });
  return [...new Set((locations.data ?? []).flatMap((l) => l.languages ?? []))];
}
