import Taro from '@tarojs/taro';
import type { DeclarationKind } from '@hushi/sdk';

/** Every page of the app and the query parameters it takes, in one table. */
export interface PageParams {
  index: Record<string, never>;
  identity: Record<string, never>;
  menu: Record<string, never>;
  faq: Record<string, never>;
  /** 单据申报 (`new`), and the form of 修改, 复制 and 变更 of the declaration `preEntryNumber`. */
  declare: { kind: DeclarationKind; mode: DeclareMode; preEntryNumber?: string };
  /** 申请记录查询. */
  records: { kind: DeclarationKind };
  /** 单据查询. */
  documents: { kind: DeclarationKind };
  /** 详情, opened from 申请记录查询 (修改/复制/删除) or 单据查询 (变更/撤销). */
  detail: { kind: DeclarationKind; preEntryNumber: string; from: DetailOrigin };
  /** 进境/进口申报单待认证列表. */
  pending: { kind: DeclarationKind };
  /** 桥接一致性检查, for host-app developers (not in release builds). */
  conformance: Record<string, never>;
}

/** What the declaration form is for. */
export type DeclareMode = 'new' | 'modify' | 'copy' | 'change';

/** Which query a 详情 was opened from, which decides its buttons. */
export type DetailOrigin = 'records' | 'documents';

/** The path of each page, as listed in app.config.ts. */
export const PAGE_PATHS: Readonly<Record<keyof PageParams, string>> = {
  index: '/pages/index/index',
  identity: '/pages/identity/index',
  menu: '/pages/menu/index',
  faq: '/pages/faq/index',
  declare: '/pages/declare/index',
  records: '/pages/records/index',
  documents: '/pages/documents/index',
  detail: '/pages/detail/index',
  pending: '/pages/pending/index',
  conformance: '/pages/conformance/index',
};

/** The title word of each declaration kind. */
export const KIND_LABELS: Readonly<Record<DeclarationKind, string>> = {
  entry: '进境申报单',
  import: '进口申报单',
};

function url<P extends keyof PageParams>(page: P, params: PageParams[P]): string {
  const query = Object.entries(params as Record<string, string | undefined>)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
  return query ? `${PAGE_PATHS[page]}?${query}` : PAGE_PATHS[page];
}

/** The most pages a mini-program keeps: WeChat's `navigateTo` fails beyond ("webview count limit exceed"). */
export const MAX_PAGE_STACK = 10;

/**
 * Opens a page on top of the current one; on a full page stack, in place of the current one (a few
 * rounds of 复制, 申报 and 查看详情 fill WeChat's ten pages).
 */
export function openPage<P extends keyof PageParams>(page: P, params: PageParams[P]): void {
  const target = { url: url(page, params) };
  if (Taro.getCurrentPages().length >= MAX_PAGE_STACK) void Taro.redirectTo(target);
  else void Taro.navigateTo(target);
}

/** Replaces the whole page stack with one page (after login, after 身份选择). */
export function restartAt<P extends keyof PageParams>(page: P, params: PageParams[P]): void {
  void Taro.reLaunch({ url: url(page, params) });
}

/** Goes back one page (after 删除, or 取消 of a form). */
export function goBack(): void {
  void Taro.navigateBack();
}
