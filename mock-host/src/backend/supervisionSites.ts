import type { SupervisionSite } from '@hushi/sdk';

/** The 监管场所 of the mock backend (fictional codes and names, after the manual's ASDFG000015). */
export const SEED_SUPERVISION_SITES: readonly SupervisionSite[] = [
  { code: 'ASDFG000015', name: '打洛边民互市监管场所', customsCode: '8609' },
  { code: 'ASDFG000016', name: '打洛口岸货场', customsCode: '8609' },
  { code: 'PXYYG000001', name: '友谊关边民互市监管场所', customsCode: '7208' },
  { code: 'ELHT00000001', name: '二连浩特边民互市贸易区监管场所', customsCode: '0702' },
];

/** The name of a 监管场所, for the 监管场所名称 echo ('' when unknown). */
export function supervisionSiteName(code: string): string {
  return SEED_SUPERVISION_SITES.find((site) => site.code === code)?.name ?? '';
}
