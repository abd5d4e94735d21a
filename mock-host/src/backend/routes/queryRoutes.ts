import { chinaDay } from '@hushi/sdk';
import type { DeclarationKind, DeclarationSummary, Page } from '@hushi/sdk';
import { requireRole, visible } from '../access';
import { kindOf } from '../backendRequest';
import type { BackendState } from '../backendState';
import { listDeclarations } from '../backendState';
import { businessModeOf, detailOf, page, summaryOf } from '../declarationViews';
import { personOf } from '../identities';
import type { SessionRecord } from '../sessions';
import { ok } from './routeHandler';
import type { RouteHandlers } from './routeHandler';

/**
 * The declarant's own declarations of one kind under the session's identity, filtered by the query's
 * fields, one page of them; `documents` (申报单证查询) keeps only those customs has numbered.
 */
function query(
  state: BackendState,
  session: SessionRecord,
  kind: DeclarationKind,
  q: URLSearchParams,
  documents: boolean,
): Page<DeclarationSummary> {
  const role = requireRole(session);
  const filter = (name: string): string | undefined => {
    const value = q.get(name);
    return value === null || value === '' ? undefined : value;
  };
  const [pre, mode, status, from, to, number] = [
    'preEntryNumber',
    'businessMode',
    'status',
    'from',
    'to',
    'declarationNumber',
  ].map(filter);
  const found = listDeclarations(state).filter((d) => {
    const day = d.declaredAt?.slice(0, 10) ?? chinaDay(new Date(d.updatedAt));
    return (
      d.kind === kind &&
      d.ownerId === session.personId &&
      d.role === role &&
      (!documents || d.declarationNumber !== null) &&
      (pre === undefined || d.preEntryNumber === pre) &&
      (mode === undefined || businessModeOf(state, d) === mode) &&
      (status === undefined || d.status === status) &&
      (from === undefined || day >= from) &&
      (to === undefined || day <= to) &&
      (!documents || number === undefined || d.declarationNumber === number)
    );
  });
  return page(
    found.map((d) => summaryOf(state, d)),
    q,
  );
}

/** 申报记录查询, 申报单证查询 and a declaration's detail. */
export const QUERY_ROUTES: RouteHandlers<'queryRecords' | 'queryDocuments' | 'getDetail'> = {
  queryRecords: ({ state }, { params, query: q }, session) =>
    ok(query(state, session, kindOf(params), q, false)),
  queryDocuments: ({ state }, { params, query: q }, session) =>
    ok(query(state, session, kindOf(params), q, true)),
  getDetail: ({ state }, { params }, session) => {
    requireRole(session);
    return ok(
      detailOf(state, visible(state, kindOf(params), params.preEntryNumber, personOf(session.personId))),
    );
  },
};
