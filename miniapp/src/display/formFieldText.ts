import { DECLARANT_CATEGORIES, DECLARANT_CATEGORY_OF_ROLE, formatCode } from '@hushi/sdk';
import type {
  DeclarationPart,
  FieldDefinition,
  IdentitiesResponse,
  IdentityChoice,
  SubmitterRole,
} from '@hushi/sdk';
import type { FormRecord } from '../stores/declarationRecords';
import { formatFieldValue } from './formatFieldValue';

/** What the 申报 form shows beside what was typed: the logged-in account and the picked 关区's 监管场所. */
export interface FormFieldContext {
  role: SubmitterRole | undefined;
  account: Pick<IdentitiesResponse, 'name' | 'maskedIdNumber'> | undefined;
  identity: Pick<IdentityChoice, 'groupName' | 'groupCode' | 'cooperativeCreditCode'> | undefined;
  /** The name of a 监管场所 of the picked 关区, by its code. */
  siteNameOf: (code: string | undefined) => string | undefined;
}

/** Header fields that come from the logged-in account and the identity of 身份选择. */
const ACCOUNT_KEYS: ReadonlySet<string> = new Set([
  'declarantCategory',
  'idNumber',
  'declarantName',
  'groupName',
  'groupCode',
  'cooperativeCreditCode',
]);

/** An account field's text: 申报人类别 as "1-边民", the 身份证号 masked, the name, the group's. */
function accountText(key: string, { role, account, identity }: FormFieldContext): string {
  switch (key) {
    case 'declarantCategory': {
      const entry = role && DECLARANT_CATEGORIES.find((c) => c.code === DECLARANT_CATEGORY_OF_ROLE[role]);
      return entry ? formatCode(entry) : '';
    }
    case 'idNumber':
      return account?.maskedIdNumber ?? '';
    case 'declarantName':
      return account?.name ?? '';
    case 'groupName':
      return identity?.groupName ?? '';
    case 'groupCode':
      return identity?.groupCode ?? '';
    case 'cooperativeCreditCode':
      return identity?.cooperativeCreditCode ?? '';
    default:
      return '';
  }
}

/**
 * What a field of the 申报 form shows when it is not typed: a picked code as "03-原装提离", the
 * account's values (身份证号 masked), a status, a derived name; '' when there is nothing yet. What the
 * user types (a 委托边民's 身份证号 included) is shown as typed.
 * @param record The header or the line the field belongs to.
 */
export function formFieldText(
  field: FieldDefinition,
  record: Readonly<FormRecord>,
  part: DeclarationPart,
  context: FormFieldContext,
): string {
  const raw = record[field.key] ?? '';
  if (part === 'header' && ACCOUNT_KEYS.has(field.key) && raw === '') return accountText(field.key, context);
  // What the user types is shown as typed; echoed ID numbers are masked like every other echo.
  if (field.format === 'idNumber' && field.source === 'input') return raw;
  if (field.key === 'authenticated') return raw === 'true' ? '已认证' : raw === 'false' ? '未认证' : '';
  if (field.derivedFrom === 'supervisionSiteCode' && raw === '')
    return context.siteNameOf(record.supervisionSiteCode) ?? '';
  if (field.key === 'supervisionSiteCode' && raw !== '') {
    const name = context.siteNameOf(raw);
    return name === undefined ? raw : formatCode({ code: raw, label: name });
  }
  return formatFieldValue(field, raw);
}
