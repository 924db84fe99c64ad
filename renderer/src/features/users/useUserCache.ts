import { useQueryClient } from '@tanstack/react-query';
import type { UserView } from '../../../../shared/admin';
import { useTRPC } from '../../trpc';

/** The hub answers a change with the user as it is now: put it in the list and let the audit trail refetch. */
export function useUserCache() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (user: UserView) => {
    queryClient.setQueryData(trpc.users.list.queryKey(), (old) => {
      if (!old) return [user];
      const known = old.some((u) => u.id === user.id);
      return (known ? old.map((u) => (u.id === user.id ? user : u)) : [...old, user]).sort((a, b) => a.name.localeCompare(b.name));
    });
    void queryClient.invalidateQueries({ queryKey: trpc.users.audit.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.users.directory.queryKey() });
  };
}
