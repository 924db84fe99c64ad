import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc';

/** Municipality admins manage locations; everyone else reads them. */
export function useCanManageLocations() {
  const trpc = useTRPC();
  const session = useQuery(trpc.session.get.queryOptions());
  const tenantKind = session.data?.tenant?.kind;
  return {
    canManage: session.data?.user.role === 'admin' && tenantKind === 'municipality',
    isEmployer: tenantKind === 'employer',
  };
}
