import type { CodeEntry } from './codeEntry';

/** 币制 code of 人民币: amounts in it need no conversion for the daily allowance. */
export const RMB_CURRENCY_CODE = '142';

/**
 * 币制 (currency), customs scheme. Partial: the currencies of the border countries' trade. No customs
 * codes were found for 越南盾, 缅甸元 and 老挝基普, so they are missing rather than guessed.
 */
export const CURRENCIES = [
  { code: RMB_CURRENCY_CODE, label: '人民币', pinyin: 'ren min bi' },
  { code: '502', label: '美元', pinyin: 'mei yuan' },
  { code: '300', label: '欧元', pinyin: 'ou yuan' },
  { code: '110', label: '港币', pinyin: 'gang bi' },
  { code: '116', label: '日本元', pinyin: 'ri ben yuan' },
  { code: '136', label: '泰国铢', pinyin: 'tai guo zhu' },
  { code: '132', label: '新加坡元', pinyin: 'xin jia po yuan' },
  { code: '122', label: '马来西亚林吉特', pinyin: 'ma lai xi ya lin ji te' },
  { code: '303', label: '英镑', pinyin: 'ying bang' },
] as const satisfies readonly CodeEntry[];
