import type { DeclarationKind, DeclarationSummary, Page } from '@hushi/sdk';
import { requireRole, visible } from '../access';
import type { BackendContext } from '../backendContext';
import { kindOf } from '../backendRequest';
import { listOwnDeclarations } from '../declarationStore';
import { detailOf, pageOf, pageWindow, summaryOf } from '../declarationViews';
import { personOf } from '../identities';
import type { SessionRecord } from '../sessions';
import { ok } from './routeHandler';
import type { RouteHandlers } from './routeHandler';

/** The query fields of the lists, by name; a list filters by those present and not empty. */
const FILTERS = ['preEntryNumber', 'businessMode', 'status', 'from', 'to', 'declarationNumber'] as const;

/** Longest value of a query field: the longest number (申报单编号) has 18 characters. */
const MAX_FILTER_LENGTH = 64;

/**
 * The declarant's own declarations of one kind under the session's identity, filtered by the query's
 * fields, one page of them; `documents` (申报单证查询) keeps only those customs has numbered.
 */
async function query(
  { sql }: BackendContext,
  session: SessionRecord,
  kind: DeclarationKind,
  q: URLSearchParams,
  documents: boolean,
): Promise<Page<DeclarationSummary>> {
  const role = requireRole(session);
  const filters: Partial<Record<(typeof FILTERS)[number], string>> = {};
  for (const name of FILTERS) {
    const value = q.get(name);
    if (value !== null && value !== '') filters[name] = value.slice(0, MAX_FILTER_LENGTH);
  }
  const { declarationNumber, ...rest } = filters;
  const window = pageWindow(q);
  const found = await listOwnDeclarations(
    sql,
    {
      kind,
      ownerId: session.personId,
      role,
      numbered: documents,
      ...rest,
      ...(documents && declarationNumber !== undefined ? { declarationNumber } : {}),
    },
    window,
  );
  return pageOf(found, window, summaryOf);
}

/** 申报记录查询, 申报单证查询 and a declaration's detail. */
export const QUERY_ROUTES: RouteHandlers<'queryRecords' | 'queryDocuments' | 'getDetail'> = {
  queryRecords: async (context, { params, query: q }, session) =>
    ok(await query(context, session, kindOf(params), q, false)),
  queryDocuments: async (context, { params, query: q }, session) =>
    ok(await query(context, session, kindOf(params), q, true)),
  getDetail: async ({ sql }, { params }, session) => {
    requireRole(session);
    const d = await visible(sql, kindOf(params), params.preEntryNumber, personOf(session.personId));
    return ok(detailOf(d));
  },
};
