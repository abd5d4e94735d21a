import type { CodeEntry } from './codeEntry';

/**
 * 运输方式 (transport mode), customs scheme; only the modes a border-trade declaration uses
 * (the customs table has more, e.g. 0 非保税区, 6 邮件运输). The manual shows 4-公路运输.
 */
export const TRANSPORT_MODES = [
  { code: '2', label: '水路运输', pinyin: 'shui lu yun shu' },
  { code: '3', label: '铁路运输', pinyin: 'tie lu yun shu' },
  { code: '4', label: '公路运输', pinyin: 'gong lu yun shu' },
  { code: '5', label: '航空运输', pinyin: 'hang kong yun shu' },
  { code: '9', label: '其它运输', pinyin: 'qi ta yun shu' },
] as const satisfies readonly CodeEntry[];

/** A code of {@link TRANSPORT_MODES}. */
export type TransportModeCode = (typeof TRANSPORT_MODES)[number]['code'];
