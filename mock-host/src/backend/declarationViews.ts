import { DECLARANT_CATEGORY_OF_ROLE, parseAmountCents } from '@hushi/sdk';
import type {
  DeclarationReceipt,
  DeclarationSummary,
  EntryDeclaration,
  EntryDeclarationInput,
  ImportDeclaration,
  ImportDeclarationInput,
  Page,
  PendingAuthentication,
} from '@hushi/sdk';
import { hasAuthenticated } from './access';
import type { DeclarationPage, StoredDeclaration } from './declarationStore';
import { personOf, sameIdNumber } from './identities';
import type { SeedPerson } from './seedPersons';
import { supervisionSiteName } from './supervisionSites';

const DEFAULT_PAGE_SIZE = 10;

/** ISO 8601 of a 申报时间 'YYYY-MM-DD HH:mm:ss' (China time). */
export const isoOf = (declaredAt: string | null): string | undefined =>
  declaredAt === null ? undefined : `${declaredAt.replace(' ', 'T')}+08:00`;

/** The sum of the goods' 总价 as a decimal string; undefined when one of them is not an amount. */
export function totalPrice(input: EntryDeclarationInput | ImportDeclarationInput): string | undefined {
  let cents = 0;
  for (const line of input.goods) {
    // A draft's line may have no 总价 yet.
    const value = typeof line.totalPrice === 'string' ? parseAmountCents(line.totalPrice) : undefined;
    if (value === undefined) return undefined;
    cents += value;
  }
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/**
 * The 业务模式 of a declaration: its own, or for an import declaration that of its related entry (read
 * with it, and only when that entry is the owner's own).
 */
export function businessModeOf(
  d: StoredDeclaration,
): EntryDeclarationInput['header']['businessMode'] | undefined {
  if (d.input.kind === 'entry') return d.input.header.businessMode;
  return d.relatedBusinessMode as EntryDeclarationInput['header']['businessMode'] | undefined;
}

/** The last page a query may ask for: 100,000 rows deep is more than any person keeps. */
const MAX_PAGE = 1_000;

/** Which page the query's `page` and `pageSize` ask for (10 a page by default, 100 at most). */
export interface PageWindow {
  page: number;
  pageSize: number;
  limit: number;
  offset: number;
}

/** The {@link PageWindow} of a query. */
export function pageWindow(query: URLSearchParams): PageWindow {
  const pageNo = Math.min(MAX_PAGE, Math.max(1, Math.floor(Number(query.get('page') ?? 1)) || 1));
  const size = Math.min(
    100,
    Math.max(1, Math.floor(Number(query.get('pageSize') ?? DEFAULT_PAGE_SIZE)) || DEFAULT_PAGE_SIZE),
  );
  return { page: pageNo, pageSize: size, limit: size, offset: (pageNo - 1) * size };
}

/** A page of the API from a page of declarations, each shown by `view`. */
export function pageOf<T>(
  found: DeclarationPage,
  window: PageWindow,
  view: (d: StoredDeclaration) => T,
): Page<T> {
  return { items: found.items.map(view), total: found.total, page: window.page, pageSize: window.pageSize };
}

/** What an action answers: the declaration's numbers and status. */
export const receipt = (d: StoredDeclaration): DeclarationReceipt => ({
  preEntryNumber: d.preEntryNumber,
  ...(d.declarationNumber === null ? {} : { declarationNumber: d.declarationNumber }),
  status: d.status,
});

/** The whole declaration, as the detail screen shows it: the input with the backend's fields echoed. */
export function detailOf(d: StoredDeclaration): EntryDeclaration | ImportDeclaration {
  const owner = personOf(d.ownerId);
  const group =
    d.role === 'mutualAidGroup'
      ? owner.mutualAidGroup
      : d.role === 'cooperative'
        ? owner.cooperative
        : undefined;
  const echo = {
    preEntryNumber: d.preEntryNumber,
    declarationNumber: d.declarationNumber,
    declaredAt: d.declaredAt,
    status: d.status,
    declarantCategory: DECLARANT_CATEGORY_OF_ROLE[d.role],
    idNumber: owner.idNumber,
    declarantName: owner.name,
    supervisionSiteName: supervisionSiteName(d.input.header.supervisionSiteCode),
    ...(group ? { groupName: group.name } : {}),
    ...(group?.creditCode === undefined ? {} : { cooperativeCreditCode: group.creditCode }),
  };
  const entrustedResidents = d.input.entrustedResidents.map((r) => ({
    ...r,
    authenticated: hasAuthenticated(d, r.idNumber),
  }));
  if (d.input.kind === 'entry') {
    return {
      ...structuredClone(d.input),
      header: { ...d.input.header, ...echo, importExportFlag: '1' },
      entrustedResidents,
    };
  }
  const businessMode = businessModeOf(d);
  return {
    ...structuredClone(d.input),
    header: {
      ...d.input.header,
      ...echo,
      declarationType: '00',
      importExportFlag: 'I',
      ...(businessMode === undefined ? {} : { businessMode }),
      ...(group ? { groupCode: group.code } : {}),
    },
    entrustedResidents,
  };
}

/** One row of 申报记录查询 / 申报单证查询. */
export function summaryOf(d: StoredDeclaration): DeclarationSummary {
  const businessMode = businessModeOf(d);
  const declaredAt = isoOf(d.declaredAt);
  const total = totalPrice(d.input);
  return {
    kind: d.kind,
    preEntryNumber: d.preEntryNumber,
    ...(d.declarationNumber === null ? {} : { declarationNumber: d.declarationNumber }),
    status: d.status,
    ...(businessMode === undefined ? {} : { businessMode }),
    customsCode: d.input.header.customsCode,
    ...(declaredAt === undefined ? {} : { declaredAt }),
    declarantName: personOf(d.ownerId).name,
    ...(total === undefined ? {} : { totalPrice: total }),
  };
}

/** One row of 待认证查询, as the 委托边民 `person` sees it: with their quota and whether they authenticated. */
export function pendingAuthenticationOf(d: StoredDeclaration, person: SeedPerson): PendingAuthentication {
  const businessMode = businessModeOf(d);
  const declaredAt = isoOf(d.declaredAt);
  // 车牌号: every plate of the 车辆信息, blank ones left out; none for a 进口申报单 or an entry without vehicles.
  const plates =
    d.input.kind === 'entry' ? d.input.vehicles.map((v) => v.plateNumber.trim()).filter(Boolean) : [];
  const plateNumber = plates.length === 0 ? undefined : plates.join('、');
  const owner = personOf(d.ownerId);
  const group = d.role === 'mutualAidGroup' ? owner.mutualAidGroup : owner.cooperative;
  return {
    kind: d.kind,
    preEntryNumber: d.preEntryNumber,
    ...(d.declarationNumber === null ? {} : { declarationNumber: d.declarationNumber }),
    status: d.status,
    customsCode: d.input.header.customsCode,
    supervisionSiteName: supervisionSiteName(d.input.header.supervisionSiteCode),
    ...(group === undefined ? {} : { groupName: group.name }),
    ...(businessMode === undefined ? {} : { businessMode }),
    declarantName: owner.name,
    ...(plateNumber === undefined ? {} : { plateNumber }),
    quota: d.input.entrustedResidents.find((r) => sameIdNumber(r.idNumber, person.idNumber))?.quota ?? '0.00',
    authenticated: hasAuthenticated(d, person.idNumber),
    ...(declaredAt === undefined ? {} : { declaredAt }),
  };
}
