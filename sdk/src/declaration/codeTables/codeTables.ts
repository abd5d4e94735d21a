import { ATTACHED_DOCUMENT_TYPES } from './attachedDocumentTypes';
import { BUSINESS_MODES } from './businessModes';
import { CERTIFICATE_FLAGS } from './certificateFlags';
import type { CodeEntry } from './codeEntry';
import { COUNTRIES } from './countries';
import { CURRENCIES } from './currencies';
import { CUSTOMS_DISTRICTS } from './customsDistricts';
import { DECLARANT_CATEGORIES } from './declarantCategories';
import { DECLARATION_TYPES } from './declarationTypes';
import { GOODS_FLOWS } from './goodsFlows';
import { MEASUREMENT_UNITS } from './measurementUnits';
import { QUALIFICATION_TYPES } from './qualificationTypes';
import { TRANSPORT_MODES } from './transportModes';
import { TRANSPORT_TOOL_TYPES } from './transportToolTypes';

/**
 * Every code table by name: what a picker field of the field definitions refers to. Statuses are
 * not here: they are {@link DECLARATION_STATUSES}, keyed by an English key since four have no code.
 */
export const CODE_TABLES = {
  businessMode: BUSINESS_MODES,
  transportMode: TRANSPORT_MODES,
  transportToolType: TRANSPORT_TOOL_TYPES,
  currency: CURRENCIES,
  country: COUNTRIES,
  customsDistrict: CUSTOMS_DISTRICTS,
  measurementUnit: MEASUREMENT_UNITS,
  declarantCategory: DECLARANT_CATEGORIES,
  declarationType: DECLARATION_TYPES,
  certificateFlag: CERTIFICATE_FLAGS,
  goodsFlow: GOODS_FLOWS,
  qualificationType: QUALIFICATION_TYPES,
  attachedDocumentType: ATTACHED_DOCUMENT_TYPES,
} as const satisfies Readonly<Record<string, readonly CodeEntry[]>>;

/** The name of a table of {@link CODE_TABLES}. */
export type CodeTableName = keyof typeof CODE_TABLES;

/** The Chinese name of each code table, for a picker's title. */
export const CODE_TABLE_LABELS: Readonly<Record<CodeTableName, string>> = {
  businessMode: '业务模式',
  transportMode: '运输方式',
  transportToolType: '运输工具类型',
  currency: '币制',
  country: '国别(地区)',
  customsDistrict: '关区',
  measurementUnit: '计量单位',
  declarantCategory: '申报人类别',
  declarationType: '申报类型',
  certificateFlag: '是否涉及证书',
  goodsFlow: '商品流向',
  qualificationType: '资质类型',
  attachedDocumentType: '单证类型',
};

/**
 * The entry of `code` in a code table.
 * @returns the entry, or `undefined` when the table has no such code
 * @example findCode('customsDistrict', '8609')?.label // '打洛海关'
 */
export function findCode(table: CodeTableName, code: string): CodeEntry | undefined {
  const entries: readonly CodeEntry[] = CODE_TABLES[table];
  return entries.find((entry) => entry.code === code);
}
