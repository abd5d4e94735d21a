import { expect, it } from 'vitest';
import { ENTRY_DECLARATION_FIELDS, IMPORT_DECLARATION_FIELDS } from '@hushi/sdk';
import { fieldKeyboard } from './fieldKeyboard';

it('asks WeChat for a number, digit or idcard keyboard by the field format', () => {
  expect(fieldKeyboard('positiveInteger', 'weapp')).toEqual({ type: 'number' });
  expect(fieldKeyboard('quantity', 'weapp')).toEqual({ type: 'digit' });
  expect(fieldKeyboard('amount', 'weapp')).toEqual({ type: 'digit' });
  expect(fieldKeyboard('idNumber', 'weapp')).toEqual({ type: 'idcard' });
  expect(fieldKeyboard('plateNumber', 'weapp')).toEqual({ type: 'text' });
  expect(fieldKeyboard(undefined, 'weapp')).toEqual({ type: 'text' });
});

it('in H5 keeps a text input and sets inputmode, so nothing typed is filtered', () => {
  expect(fieldKeyboard('positiveInteger', 'h5')).toEqual({
    type: 'text',
    nativeProps: { inputmode: 'numeric' },
  });
  expect(fieldKeyboard('amount', 'h5')).toEqual({ type: 'text', nativeProps: { inputmode: 'decimal' } });
  expect(fieldKeyboard('idNumber', 'h5')).toEqual({ type: 'text' });
});

it('gives 件数, 申报数量, 申报单价 and 身份证号 their keyboards in both declarations', () => {
  const byKey = new Map(
    [...Object.values(ENTRY_DECLARATION_FIELDS), ...Object.values(IMPORT_DECLARATION_FIELDS)]
      .flat()
      .filter((field) => field.source === 'input')
      .map((field) => [field.key, fieldKeyboard(field.format, 'weapp').type]),
  );
  expect(byKey.get('packageCount')).toBe('number');
  expect(byKey.get('quantity')).toBe('digit');
  expect(byKey.get('unitPrice')).toBe('digit');
  expect(byKey.get('idNumber')).toBe('idcard');
});
