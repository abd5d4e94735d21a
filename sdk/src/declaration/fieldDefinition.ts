import type { CodeTableName } from './codeTables/codeTables';

/** A tab of the 申报 screen. The 详情 screen shows 商品资质 as a tab of its own; its fields live under 商品信息. */
export type DeclarationTab = '基本信息' | '商品信息' | '车辆信息' | '随附单证';

/**
 * Where a field's value comes from:
 * - `input`: the user types or picks it;
 * - `systemEcho`: 系统回显, filled by the system after an operation ("不允许录入");
 * - `account`: the logged-in account and the identity of 身份选择 (申报人类别, 身份证号, …);
 * - `derived`: read-only, filled from another field's pick (监管场所名称 ← 监管场所编号).
 *
 * Only `input` fields are client-writable: the backend fills or re-derives every other one.
 */
export type FieldSource = 'input' | 'systemEcho' | 'account' | 'derived';

/** The format a field's value must have, which picks its validator. */
export type FieldFormat =
  | 'text'
  | 'positiveInteger'
  | 'quantity'
  | 'amount'
  | 'idNumber'
  | 'creditCode'
  | 'plateNumber'
  | 'date'
  | 'dateTime'
  | 'status'
  /** A 附件: the backend's id of an uploaded file (`uploadAttachment`), picked, never typed. */
  | 'attachment';

/**
 * Metadata of one field of a declaration, as data: screens render from it and validators and the
 * backend check against it, so one correction here reaches all of them.
 * @typeParam K the record's keys
 */
export interface FieldDefinition<K extends string = string> {
  /** The property of the record. */
  readonly key: K;
  /** The label exactly as the manual writes it, without the `*`. */
  readonly label: string;
  /** Marked with a red `*` on the screen: "为必填项". */
  readonly required: boolean;
  /** Where the value comes from; only `input` fields are client-writable. */
  readonly source: FieldSource;
  /** The tab it is on. */
  readonly tab: DeclarationTab;
  /** Its values come from this code table ("需要在参数中进行调取，不允许随意录入"). */
  readonly codeTable?: CodeTableName;
  /** The format its value must have (default: free text). */
  readonly format?: FieldFormat;
  /** For a `derived` field, the field whose pick fills it. */
  readonly derivedFrom?: K;
  /** True when the manual does not show this field (or its `*`): designed or inferred, to confirm. */
  readonly inferred?: boolean;
}

/** Whether the client may write the field (its source is `input`); every other field is filled by the system. */
export function isClientWritable(field: Pick<FieldDefinition, 'source'>): boolean {
  return field.source === 'input';
}
