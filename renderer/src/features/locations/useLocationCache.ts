import { useQueryClient } from '@tanstack/react-query';
import type { LocationView } from '../../../../shared/admin';
import { useTRPC } from '../../trpc';

/** After a change the hub answers with the whole location: put it in the list, and let previews refetch. */
export function useLocationCache() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (updated: LocationView) => {
    queryClient.setQueryData(trpc.locations.list.queryKey(), (old) => {
      if (!old) return [updated];
      const known = old.some((l) => l.id === updated.id);
      const next = known ? old.map((l) => (l.id === updated.id ? updated : l)) : [...old, updated];
      return next.sort((a, b) => a.name.localeCompare(b.name));
    });
    void queryClient.invalidateQueries({ queryKey: trpc.preview.pathKey() });
  };
}
