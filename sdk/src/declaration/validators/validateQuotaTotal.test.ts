import { expect, it } from 'vitest';
import { validateQuotaTotal } from './validateQuotaTotal';

const goods = [{ totalPrice: '300.00' }, { totalPrice: '44.00' }];

it('accepts quotas that add up to the goods total, to the fen (待认证列表: 10.00 and 334.00)', () => {
  expect(validateQuotaTotal(goods, [{ quota: '10.00' }, { quota: '334.00' }])).toEqual({ valid: true });
});

it('refuses quotas that do not', () => {
  expect(validateQuotaTotal(goods, [{ quota: '10.00' }, { quota: '333.99' }])).toEqual({
    valid: false,
    message: '边民申报额度合计应等于申报总价合计',
  });
});

it('does not apply to a 边民 declaring for themselves, nor to malformed amounts (other validators report those)', () => {
  expect(validateQuotaTotal(goods, [])).toEqual({ valid: true });
  expect(validateQuotaTotal(goods, [{ quota: 'x' }])).toEqual({ valid: true });
  expect(validateQuotaTotal([{ totalPrice: '' }], [{ quota: '1.00' }])).toEqual({ valid: true });
});
