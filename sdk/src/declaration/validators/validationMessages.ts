/**
 * The messages of the red prompt at the bottom of the screen ("界面底端弹出红色提示"), in one place.
 * `{label}` is the field's label as the manual writes it; `{name}` a person's name. Only
 * "请输入正确的身份证号" is known wording; the rest are worded after it and the screens' placeholders
 * ("请选择运输工具类型", "请输入单号") and are inferred.
 */
export const VALIDATION_MESSAGES = {
  /** A required field typed by hand is empty. */
  required: '请输入{label}',
  /** A required field picked from a code table is empty. */
  requiredPick: '请选择{label}',
  /** A value has the wrong format, e.g. "请输入正确的身份证号". */
  invalid: '请输入正确的{label}',
  /** A date that is not a day of the calendar, with the format it takes (picked with the date picker). */
  invalidDate: '请选择正确的{label}，格式为年-月-日，如2025-12-31',
  /** A picked value is not in its code table. */
  invalidPick: '请选择正确的{label}',
  /** 申报总价 ≠ 申报数量 × 申报单价 (rounded half up to the fen). */
  lineTotal: '申报总价应等于申报数量×申报单价',
  /** The 边民申报额度 of the 委托边民 do not add up to the goods' 申报总价. */
  quotaTotal: '边民申报额度合计应等于申报总价合计',
  /** A resident's declared value for the day exceeds the duty-free allowance. */
  allowanceExceeded: '{name}当日申报金额已超过8000元免税额度',
  /** A text is longer than the backend stores (JSON Schema `maxLength`). */
  tooLong: '{label}不能超过{limit}个字符',
  /** A list has more lines than a declaration may carry (JSON Schema `maxItems`). */
  tooMany: '{label}不能超过{limit}条',
  /** A field the client may not write (system echo, or unknown) was sent. */
  notWritable: '{label}不允许录入',
  /** 撤销 confirmed without a reason. */
  cancelReason: '请填写撤销单据原因',
} as const;

/** A key of {@link VALIDATION_MESSAGES}. */
export type ValidationMessageKey = keyof typeof VALIDATION_MESSAGES;

/**
 * A message of {@link VALIDATION_MESSAGES} with its placeholders filled.
 * @example validationMessage('invalid', { label: '身份证号' }) // '请输入正确的身份证号'
 */
export function validationMessage(
  key: ValidationMessageKey,
  params: Readonly<Record<string, string>> = {},
): string {
  return VALIDATION_MESSAGES[key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
