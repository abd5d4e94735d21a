import { expect, it } from 'vitest';
import { isDeclarationError } from '../errors';
import {
  allowanceShares,
  checkDailyAllowance,
  DAILY_ALLOWANCE_CENTS,
  dailyAllowanceUsage,
  toRmbCents,
} from './dailyAllowance';
import type { AllowanceDeclaration } from './dailyAllowance';
import { idNumberCheckDigit } from './validators/validateIdNumber';

const id = (first17: string): string => first17 + idNumberCheckDigit(first17);
const FENG = id('45010219900101102');
const YAN = id('53280119851231002');
const DAY = '2022-08-19';

function declaration(
  idText: string,
  shares: [string, number][],
  extra: Partial<AllowanceDeclaration> = {},
): AllowanceDeclaration {
  return {
    id: idText,
    status: 'declared',
    day: DAY,
    currency: '142',
    shares: shares.map(([idNumber, amountCents]) => ({ idNumber, amountCents })),
    ...extra,
  };
}

it('is RMB 8,000 per resident per day (财关税〔2008〕90号)', () => {
  expect(DAILY_ALLOWANCE_CENTS).toBe(8000 * 100);
});

it('adds up a resident’s declarations of the day across documents and representatives', () => {
  const usage = dailyAllowanceUsage(
    [
      declaration('A', [[FENG, 300000]]),
      declaration('B', [
        [FENG, 1000],
        [YAN, 33400],
      ]),
      declaration('C', [[FENG, 200000]], { status: 'approved' }),
    ],
    DAY,
  );
  expect(usage).toEqual([
    { idNumber: FENG, usedCents: 501000, remainingCents: 299000, exceededByCents: 0 },
    { idNumber: YAN, usedCents: 33400, remainingCents: 766600, exceededByCents: 0 },
  ]);
});

it('counts only that day and only submitted declarations still with customs (not 暂存, 退单, 发往海关失败, 海关入库失败)', () => {
  const usage = dailyAllowanceUsage(
    [
      declaration('other day', [[FENG, 100]], { day: '2022-08-18' }),
      declaration('draft', [[FENG, 100]], { status: 'draft' }),
      declaration('returned', [[FENG, 100]], { status: 'returned' }),
      declaration('failed', [[FENG, 100]], { status: 'sendToCustomsFailed' }),
      declaration('storage', [[FENG, 100]], { status: 'customsStorageFailed' }),
      declaration('unsaved', [[FENG, 100]], { status: null }),
      declaration('pending', [[FENG, 7]], { status: 'pendingAuthentication' }),
      declaration('released', [[FENG, 11]], { status: 'goodsReleased' }),
    ],
    DAY,
  );
  expect(usage).toEqual([{ idNumber: FENG, usedCents: 18, remainingCents: 799982, exceededByCents: 0 }]);
});

it('allows exactly 8,000 and flags one fen more', () => {
  const existing = [declaration('A', [[FENG, 700000]])];
  const exact = checkDailyAllowance(declaration('B', [[FENG, 100000]], { status: null }), existing);
  expect(exact.exceeds).toBe(false);
  expect(exact.residents[0]).toMatchObject({
    usedBeforeCents: 700000,
    declarationCents: 100000,
    remainingCents: 0,
  });
  const over = checkDailyAllowance(declaration('B', [[FENG, 100001]], { status: null }), existing);
  expect(over.exceeds).toBe(true);
  expect(over.residents[0]).toMatchObject({ usedCents: 800001, remainingCents: 0, exceededByCents: 1 });
});

it('flags a representative’s declaration when any one 委托边民 would exceed', () => {
  const existing = [declaration('A', [[YAN, 790000]])];
  const check = checkDailyAllowance(
    declaration('B', [
      [FENG, 1000],
      [YAN, 33400],
    ]),
    existing,
  );
  expect(check.exceeds).toBe(true);
  expect(check.residents.map((r) => [r.idNumber, r.exceededByCents])).toEqual([
    [FENG, 0],
    [YAN, 23400],
  ]);
});

it('does not count a resubmitted declaration (修改, 变更) twice', () => {
  const existing = [declaration('A', [[FENG, 600000]])];
  expect(checkDailyAllowance(declaration('A', [[FENG, 650000]]), existing).exceeds).toBe(false);
  expect(checkDailyAllowance(declaration('B', [[FENG, 650000]]), existing).exceeds).toBe(true);
});

it('converts other currencies with the injected rate, rounding half up to the fen', () => {
  expect(toRmbCents(10000, '502', { '502': '7.1234' })).toBe(71234);
  expect(toRmbCents(1, '136', { '136': '0.205' })).toBe(0);
  expect(toRmbCents(3, '136', { '136': '0.5' })).toBe(2);
  expect(toRmbCents(123, '142')).toBe(123);
  const usage = dailyAllowanceUsage([declaration('USD', [[FENG, 112400]], { currency: '502' })], DAY, {
    rates: { '502': '7.1234' },
  });
  expect(usage[0]).toMatchObject({ usedCents: 800670, exceededByCents: 670 });
});

it('refuses a currency without a rate rather than guessing', () => {
  let error: unknown;
  try {
    dailyAllowanceUsage([declaration('USD', [[FENG, 1]], { currency: '502' })], DAY, {
      rates: { '300': '7.8' },
    });
  } catch (e) {
    error = e;
  }
  expect(isDeclarationError(error, 'EXCHANGE_RATE_MISSING')).toBe(true);
  expect(() => toRmbCents(1, 'toString')).toThrow(/no exchange rate/);
  expect(() => toRmbCents(1, '502', { '502': '0' })).toThrow(/no exchange rate/);
  expect(() => toRmbCents(1, '502', { '502': 'abc' })).toThrow(/no exchange rate/);
});

it('shares: each 委托边民’s 边民申报额度, else the whole 申报总价 for the declarant', () => {
  const goods = [{ totalPrice: '300.00' }, { totalPrice: '44.00' }];
  expect(allowanceShares({ declarantIdNumber: FENG, goods, entrustedResidents: [] })).toEqual([
    { idNumber: FENG, amountCents: 34400 },
  ]);
  expect(
    allowanceShares({
      declarantIdNumber: 'representative',
      goods,
      entrustedResidents: [
        { idNumber: FENG, quota: '10.00' },
        { idNumber: YAN, quota: '334.00' },
      ],
    }),
  ).toEqual([
    { idNumber: FENG, amountCents: 1000 },
    { idNumber: YAN, amountCents: 33400 },
  ]);
  expect(() =>
    allowanceShares({ declarantIdNumber: FENG, goods: [{ totalPrice: '1.001' }], entrustedResidents: [] }),
  ).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
});

it('matches residents whatever the case of the X check character', () => {
  const x = '11010519491231002X';
  const usage = dailyAllowanceUsage(
    [declaration('A', [[x, 100]]), declaration('B', [[x.toLowerCase(), 100]])],
    DAY,
  );
  expect(usage).toEqual([{ idNumber: x, usedCents: 200, remainingCents: 799800, exceededByCents: 0 }]);
});
