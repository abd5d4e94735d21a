import type { CodeEntry } from './codeEntry';

/** 资质类型 of a 商品资质 line. The manual names the tab only: every value is inferred. */
export const QUALIFICATION_TYPES = [
  { code: '01', label: '原产地证明', pinyin: 'yuan chan di zheng ming', inferred: true },
  { code: '02', label: '植物检疫证书', pinyin: 'zhi wu jian yi zheng shu', inferred: true },
  { code: '03', label: '动物检疫证书', pinyin: 'dong wu jian yi zheng shu', inferred: true },
  {
    code: '04',
    label: '进境动植物检疫许可证',
    pinyin: 'jin jing dong zhi wu jian yi xu ke zheng',
    inferred: true,
  },
  { code: '99', label: '其他', pinyin: 'qi ta', inferred: true },
] as const satisfies readonly CodeEntry[];
