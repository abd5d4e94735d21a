import type { CodeEntry } from './codeEntry';

/**
 * 关区 (customs district): head districts (直属关, code xx00) and the sub-offices seen so far.
 * 8609-打洛海关 is on the manual's screens and 0100-北京关区 in its test data; 7208 and the label
 * "二连海关" of 0702 are inferred.
 */
export const CUSTOMS_DISTRICTS = [
  { code: '0100', label: '北京关区', pinyin: 'bei jing guan qu' },
  { code: '0600', label: '满洲里关区', pinyin: 'man zhou li guan qu' },
  { code: '0700', label: '呼和浩特关区', pinyin: 'hu he hao te guan qu' },
  { code: '0702', label: '二连海关', pinyin: 'er lian hai guan', inferred: true },
  { code: '1500', label: '长春关区', pinyin: 'chang chun guan qu' },
  { code: '1900', label: '哈尔滨关区', pinyin: 'ha er bin guan qu' },
  { code: '7200', label: '南宁关区', pinyin: 'nan ning guan qu' },
  { code: '7208', label: '凭祥海关', pinyin: 'ping xiang hai guan', inferred: true },
  { code: '8600', label: '昆明关区', pinyin: 'kun ming guan qu' },
  { code: '8609', label: '打洛海关', pinyin: 'da luo hai guan' },
  { code: '8800', label: '拉萨关区', pinyin: 'la sa guan qu' },
  { code: '9400', label: '乌鲁木齐关区', pinyin: 'wu lu mu qi guan qu' },
] as const satisfies readonly CodeEntry[];

/**
 * The 直属关 (head customs district) of a 关区 code: its xx00 district. The electronic fence is
 * connected (or not) per head district, so this decides "该区域暂不支持在移动端申报！".
 * @returns the 4-digit head code, or `undefined` when `code` is not a 4-digit 关区 code
 * @example headCustomsCode('8609') // '8600'
 */
export function headCustomsCode(code: string): string | undefined {
  return /^\d{4}$/.test(code) ? `${code.slice(0, 2)}00` : undefined;
}
