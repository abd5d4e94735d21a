import { expect, it } from 'vitest';
import { ENTRUSTED_RESIDENT_FIELDS, ENTRY_DECLARATION_FIELDS } from '@hushi/sdk';
import type { FieldDefinition } from '@hushi/sdk';
import { formFieldText } from './formFieldText';
import type { FormFieldContext } from './formFieldText';

const CONTEXT: FormFieldContext = {
  role: 'mutualAidGroup',
  account: { name: '岩罕章', maskedIdNumber: '532*****317' },
  identity: { groupName: '打洛镇曼山边民互助组', groupCode: 'HZZ5328220001' },
  siteNameOf: (code) => (code === 'ASDFG000015' ? '打洛边民互市监管场所' : undefined),
};

const fieldOf = (fields: readonly FieldDefinition[], key: string): FieldDefinition => {
  const field = fields.find((f) => f.key === key);
  if (!field) throw new Error(key);
  return field;
};
const header = (key: string) => fieldOf(ENTRY_DECLARATION_FIELDS.header, key);

it('fills the account fields of the header from the account and the identity picked', () => {
  expect(formFieldText(header('declarantCategory'), {}, 'header', CONTEXT)).toBe('2-互助组');
  expect(formFieldText(header('idNumber'), {}, 'header', CONTEXT)).toBe('532*****317');
  expect(formFieldText(header('declarantName'), {}, 'header', CONTEXT)).toBe('岩罕章');
  expect(formFieldText(header('groupName'), {}, 'header', CONTEXT)).toBe('打洛镇曼山边民互助组');
  // A loaded record's own value wins, masked like every echo.
  expect(formFieldText(header('idNumber'), { idNumber: '532822198803120429' }, 'header', CONTEXT)).toBe(
    '532*****429',
  );
});

it('shows a typed 身份证号 in full, an echoed one masked, and 认证状态 in words', () => {
  const typed = fieldOf(ENTRUSTED_RESIDENT_FIELDS, 'idNumber');
  const line = { idNumber: '532822199202280249', authenticated: 'false' };
  expect(formFieldText(typed, line, 'entrustedResidents', CONTEXT)).toBe('532822199202280249');
  expect(
    formFieldText(fieldOf(ENTRUSTED_RESIDENT_FIELDS, 'authenticated'), line, 'entrustedResidents', CONTEXT),
  ).toBe('未认证');
});

it('names the 监管场所 picked, as code-name and in its derived name field', () => {
  const record = { supervisionSiteCode: 'ASDFG000015' };
  expect(formFieldText(header('supervisionSiteCode'), record, 'header', CONTEXT)).toBe(
    'ASDFG000015-打洛边民互市监管场所',
  );
  expect(formFieldText(header('supervisionSiteName'), record, 'header', CONTEXT)).toBe(
    '打洛边民互市监管场所',
  );
  expect(formFieldText(header('supervisionSiteCode'), { supervisionSiteCode: 'X1' }, 'header', CONTEXT)).toBe(
    'X1',
  );
  expect(formFieldText(header('customsCode'), { customsCode: '8609' }, 'header', CONTEXT)).toBe(
    '8609-打洛海关',
  );
});
