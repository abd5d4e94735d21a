/** What {@link DECLARATION_STATUSES} holds for one status. */
export interface StatusEntry<S extends string = string> {
  /** Stable English key used in code, e.g. 'pendingAuthentication'. */
  readonly status: S;
  /**
   * The status code the screens prefix to the label ("T0-待认证", "N-海关入库失败"), or `null` where
   * the manual shows the label alone and no code is known (暂存, 已申报, 单证放行, 实货放行).
   */
  readonly code: string | null;
  /** The Chinese label exactly as the manual writes it. */
  readonly label: string;
  /** Toneless pinyin of `label`, as in {@link CodeEntry.pinyin}. */
  readonly pinyin: string;
  /** True when the code is inferred (D3 for 发往海关失败, 08 for 改单). */
  readonly inferred?: boolean;
}

/**
 * 状态 (status) of a 进境申报单 or 进口申报单, in lifecycle order. Codes seen in the manual: T0-待认证,
 * D2-发往海关成功, N-海关入库失败, 00-退单, 10-审核通过.
 */
export const DECLARATION_STATUSES = [
  { status: 'draft', code: null, label: '暂存', pinyin: 'zan cun' },
  { status: 'pendingAuthentication', code: 'T0', label: '待认证', pinyin: 'dai ren zheng' },
  { status: 'declared', code: null, label: '已申报', pinyin: 'yi shen bao' },
  { status: 'sentToCustoms', code: 'D2', label: '发往海关成功', pinyin: 'fa wang hai guan cheng gong' },
  {
    status: 'sendToCustomsFailed',
    code: 'D3',
    label: '发往海关失败',
    pinyin: 'fa wang hai guan shi bai',
    inferred: true,
  },
  { status: 'customsStorageFailed', code: 'N', label: '海关入库失败', pinyin: 'hai guan ru ku shi bai' },
  { status: 'returned', code: '00', label: '退单', pinyin: 'tui dan' },
  { status: 'approved', code: '10', label: '审核通过', pinyin: 'shen he tong guo' },
  { status: 'changeRequested', code: '08', label: '改单', pinyin: 'gai dan', inferred: true },
  { status: 'documentsReleased', code: null, label: '单证放行', pinyin: 'dan zheng fang xing' },
  { status: 'goodsReleased', code: null, label: '实货放行', pinyin: 'shi huo fang xing' },
] as const satisfies readonly StatusEntry[];

/** A status of a declaration: a `status` key of {@link DECLARATION_STATUSES}. */
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number]['status'];

/** The entry of `status` in {@link DECLARATION_STATUSES}. */
export function statusEntry(status: DeclarationStatus): StatusEntry<DeclarationStatus> {
  const entry = DECLARATION_STATUSES.find((e) => e.status === status);
  if (entry === undefined) throw new TypeError(`unknown declaration status: ${status}`);
  return entry;
}

/**
 * The status as the screens show it: `code-label`, or the label alone when it has no code.
 * @example formatStatus('pendingAuthentication') // 'T0-待认证'; formatStatus('draft') // '暂存'
 */
export function formatStatus(status: DeclarationStatus): string {
  const { code, label } = statusEntry(status);
  return code === null ? label : `${code}-${label}`;
}

/**
 * Reads a status as the backend or a screen writes it: a code ('T0'), a label ('待认证'), `code-label`
 * ('T0-待认证') or a key ('pendingAuthentication').
 * @returns the status, or `undefined` when nothing matches
 */
export function parseStatus(text: string): DeclarationStatus | undefined {
  const value = text.trim();
  for (const entry of DECLARATION_STATUSES) {
    const { status, code, label } = entry;
    if (
      value === status ||
      value === label ||
      (code !== null && (value === code || value === `${code}-${label}`))
    )
      return status;
  }
  return undefined;
}
