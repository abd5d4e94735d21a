import { DeclarationListsStore } from './DeclarationListsStore';
import type { RootStore } from './RootStore';
import { useStores } from './storeContext';

function createDeclarationLists(root: RootStore): DeclarationListsStore {
  return new DeclarationListsStore(root.services, {
    owner: () => `${root.session.account?.maskedIdNumber ?? ''}/${root.session.role ?? ''}`,
  });
}

/**
 * The stores of the query screens (申请记录查询, 单据查询), the 详情 and the 待认证列表, made on the
 * first of them opened and kept by the {@link RootStore}.
 */
export function useDeclarationLists(): DeclarationListsStore {
  return useStores().attach(createDeclarationLists);
}
