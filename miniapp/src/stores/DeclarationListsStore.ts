import type { DeclarationKind } from '@hushi/sdk';
import type { DetailOrigin } from '../routes';
import type { Services } from '../services/createServices';
import { DeclarationDetailStore } from './DeclarationDetailStore';
import { DeclarationQueryStore } from './DeclarationQueryStore';
import { PendingAuthenticationStore } from './PendingAuthenticationStore';

/** Options of {@link DeclarationListsStore}. */
export interface DeclarationListsOptions {
  /** Who the lists belong to (account and identity): when it changes, every list starts afresh. */
  owner?: () => string;
  /** Today's China day, 'YYYY-MM-DD' (tests fix it). */
  today?: () => string;
}

/**
 * The query screens' stores, one per screen and kind, kept while the same account and identity are
 * logged in so that conditions and results survive a visit to the 详情 and a re-login; and the 详情
 * stores, which tell their query when a declaration was deleted or revoked.
 */
export class DeclarationListsStore {
  private readonly queries = new Map<string, DeclarationQueryStore>();
  private readonly pendingLists = new Map<DeclarationKind, PendingAuthenticationStore>();
  private owner: string | undefined;

  constructor(
    private readonly services: Services,
    private readonly options: DeclarationListsOptions = {},
  ) {}

  /** The 申请记录查询 (`records`) or 单据查询 (`documents`) of a kind. */
  query(origin: DetailOrigin, kind: DeclarationKind): DeclarationQueryStore {
    this.checkOwner();
    const key = `${origin}:${kind}`;
    let store = this.queries.get(key);
    if (store === undefined) {
      store = new DeclarationQueryStore(this.services, origin, kind, this.options.today);
      this.queries.set(key, store);
    }
    return store;
  }

  /** The 待认证列表 of a kind. */
  pending(kind: DeclarationKind): PendingAuthenticationStore {
    this.checkOwner();
    let store = this.pendingLists.get(kind);
    if (store === undefined) {
      store = new PendingAuthenticationStore(this.services, kind);
      this.pendingLists.set(kind, store);
    }
    return store;
  }

  /** A fresh 详情 of one declaration; a 删除 or 撤销 in it refreshes both query screens of its kind. */
  detail(kind: DeclarationKind, preEntryNumber: string, origin: DetailOrigin): DeclarationDetailStore {
    return new DeclarationDetailStore(this.services, kind, preEntryNumber, origin, () => {
      for (const list of ['records', 'documents'] as const)
        void this.queries.get(`${list}:${kind}`)?.refresh();
    });
  }

  /** Forgets every list when another account or identity is logged in. */
  private checkOwner(): void {
    const owner = this.options.owner?.();
    if (owner === this.owner) return;
    this.owner = owner;
    this.queries.clear();
    this.pendingLists.clear();
  }
}
