import { DECLARATION_LAYOUTS, GOODS_LINE_FIELDS, LIST_TITLES, parseAmountCents } from '@hushi/sdk';
import type {
  DeclarationPart,
  EntryDeclaration,
  FieldDefinition,
  ImportDeclaration,
  PendingAuthentication,
} from '@hushi/sdk';
import { formatCents } from '../stores/declarationRecords';
import { formatAmount } from './formatAmount';
import { formatFieldValue } from './formatFieldValue';

/** One label and its shown value. */
export interface DisplayRow {
  label: string;
  value: string;
}

/** Rows shown together: the header, or one goods line, vehicle, 委托边民, … */
export interface DisplayGroup {
  /** e.g. '商品信息（1）'; none for the header. */
  title?: string;
  rows: DisplayRow[];
}

/** One tab of the 详情 screen. */
export interface DetailTab {
  title: string;
  groups: DisplayGroup[];
}

/** How a 附件 is shown, by its id: its name and size when known (see `DeclarationDetailStore.attachmentText`). */
export type AttachmentText = (attachmentId: string) => string;

/** Every field of `fields`, in table order, with the record's value formatted; a 附件 by `attachmentText`. */
function rowsOf(
  fields: readonly FieldDefinition[],
  record: object,
  attachmentText?: AttachmentText,
): DisplayRow[] {
  // The field tables name the keys of the parts they describe.
  const values = record as Readonly<Record<string, unknown>>;
  return fields.map((field) => {
    const value = values[field.key];
    if (field.format === 'attachment' && attachmentText !== undefined)
      return {
        label: field.label,
        value: typeof value === 'string' && value !== '' ? attachmentText(value) : '',
      };
    return { label: field.label, value: formatFieldValue(field, value) };
  });
}

/** One group per line of a list part, titled '<title>（n）'. */
function groupsOf(
  title: string,
  fields: readonly FieldDefinition[],
  lines: readonly object[],
  attachmentText?: AttachmentText,
): DisplayGroup[] {
  return lines.map((line, index) => ({
    title: `${title}（${index + 1}）`,
    rows: rowsOf(fields, line, attachmentText),
  }));
}

/**
 * The tabs of a declaration's 详情, as the sdk's layout table lays them out, every field of the sdk's
 * field tables with its manual label and formatted value: 基本信息 · 商品信息 · 商品资质 · 车辆信息 ·
 * 随附单证 for a 进境申报单, 基本信息 · 商品信息 for a 进口申报单. 基本信息 ends with the 委托边民 of a
 * representative's declaration. A 附件 is shown by `attachmentText` (its name and size), else by its id.
 */
export function detailTabs(
  declaration: EntryDeclaration | ImportDeclaration,
  attachmentText?: AttachmentText,
): DetailTab[] {
  const { fields, detailTabs: tabs } = DECLARATION_LAYOUTS[declaration.kind];
  const parts: Partial<Record<DeclarationPart, object>> = declaration;
  const groupsOfPart = (part: DeclarationPart): DisplayGroup[] => {
    const partFields = fields[part] ?? [];
    const value = parts[part];
    if (part === 'header') return [{ rows: rowsOf(partFields, value ?? {}, attachmentText) }];
    return groupsOf(LIST_TITLES[part], partFields, Array.isArray(value) ? value : [], attachmentText);
  };
  return tabs.map(({ title, parts: shown }) => ({ title, groups: shown.flatMap(groupsOfPart) }));
}

/**
 * What a 委托边民 reads before 认证 ("确认申报单据信息无误后"): each goods line with its amounts, then the
 * 申报总价 of all lines and their own 边民申报额度 (not the other residents').
 */
export function pendingDetailGroups(
  declaration: EntryDeclaration | ImportDeclaration,
  row: Pick<PendingAuthentication, 'quota'>,
): DisplayGroup[] {
  const cents = declaration.goods.reduce((sum, line) => sum + (parseAmountCents(line.totalPrice) ?? 0), 0);
  return [
    ...groupsOf(LIST_TITLES.goods, GOODS_LINE_FIELDS, declaration.goods),
    {
      title: '金额',
      rows: [
        { label: '申报总价合计', value: formatCents(cents) },
        { label: '边民申报额度', value: formatAmount(row.quota) },
      ],
    },
  ];
}
