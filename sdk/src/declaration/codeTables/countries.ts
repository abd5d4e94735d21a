import type { CodeEntry } from './codeEntry';

/**
 * 国别(地区) (country or region), the old 3-digit customs scheme the screens show (106-缅甸,
 * 108-塞浦路斯). Partial: China and the countries on or near its land borders. Used for 贸易国别 and
 * a goods line's 原产国(地区).
 */
export const COUNTRIES = [
  { code: '101', label: '阿富汗', pinyin: 'a fu han' },
  { code: '104', label: '不丹', pinyin: 'bu dan' },
  { code: '106', label: '缅甸', pinyin: 'mian dian' },
  { code: '108', label: '塞浦路斯', pinyin: 'sai pu lu si' },
  { code: '109', label: '朝鲜', pinyin: 'chao xian' },
  { code: '111', label: '印度', pinyin: 'yin du' },
  { code: '119', label: '老挝', pinyin: 'lao wo' },
  { code: '124', label: '蒙古', pinyin: 'meng gu' },
  { code: '125', label: '尼泊尔', pinyin: 'ni bo er' },
  { code: '127', label: '巴基斯坦', pinyin: 'ba ji si tan' },
  { code: '141', label: '越南', pinyin: 'yue nan' },
  { code: '142', label: '中国', pinyin: 'zhong guo' },
  { code: '145', label: '哈萨克斯坦', pinyin: 'ha sa ke si tan' },
  { code: '146', label: '吉尔吉斯斯坦', pinyin: 'ji er ji si si tan' },
  { code: '147', label: '塔吉克斯坦', pinyin: 'ta ji ke si tan' },
  { code: '344', label: '俄罗斯联邦', pinyin: 'e luo si lian bang' },
] as const satisfies readonly CodeEntry[];
