import type { CodeEntry } from './codeEntry';

/**
 * 运输工具类型 (type of means of transport), also the 车辆类型 of 车辆信息. The manual shows the
 * picker ("请选择运输工具类型") but never a value, and no public table was found: every value here is
 * inferred and must be replaced by the real parameter table when it is known.
 */
export const TRANSPORT_TOOL_TYPES = [
  { code: '01', label: '货车', pinyin: 'huo che', inferred: true },
  { code: '02', label: '客车', pinyin: 'ke che', inferred: true },
  { code: '03', label: '小型汽车', pinyin: 'xiao xing qi che', inferred: true },
  { code: '04', label: '摩托车', pinyin: 'mo tuo che', inferred: true },
  { code: '05', label: '三轮车', pinyin: 'san lun che', inferred: true },
  { code: '06', label: '人力车', pinyin: 'ren li che', inferred: true },
  { code: '99', label: '其他', pinyin: 'qi ta', inferred: true },
] as const satisfies readonly CodeEntry[];
