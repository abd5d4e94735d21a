import { expect, it } from 'vitest';
import { validateCancelReason } from './validateCancelReason';

it('needs a reason before 确认: "填写撤销单据原因"', () => {
  expect(validateCancelReason('货物未实际进境')).toEqual({ valid: true });
  expect(validateCancelReason('  ')).toEqual({ valid: false, message: '请填写撤销单据原因' });
});
