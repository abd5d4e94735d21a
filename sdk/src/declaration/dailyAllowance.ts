import { DeclarationError } from '../errors';
import { RMB_CURRENCY_CODE } from './codeTables/currencies';
import type { DeclarationStatus } from './codeTables/declarationStatuses';
import type { EntrustedResidentInput, GoodsLine } from './declarationParts';
import { mulDivRoundHalfUp, parseScaledDecimal } from './scaledDecimal';
import { parseAmountCents } from './validators/validateAmount';

/**
 * The duty-free allowance of one 边民 per day, in cents: RMB 8,000 (财关税〔2008〕90号: goods for
 * daily use imported by border residents through 互市 are exempt up to 8,000 yuan per person per day).
 */
export const DAILY_ALLOWANCE_CENTS = 800_000;

/**
 * The statuses whose declarations use up a resident's allowance (inferred): every submitted one that is
 * not back with the declarant. 暂存 is not submitted; 退单, 发往海关失败 and 海关入库失败 count again
 * once resubmitted. 待认证 counts, so that two pending declarations cannot together exceed the limit.
 */
export const ALLOWANCE_COUNTED_STATUSES: readonly DeclarationStatus[] = [
  'pendingAuthentication',
  'declared',
  'sentToCustoms',
  'approved',
  'changeRequested',
  'documentsReleased',
  'goodsReleased',
];

/** Decimals of a rate in {@link ExchangeRates}. */
const RATE_DECIMALS = 8;

/**
 * Exchange rates by 币制 code: how many 人民币 one unit of the currency is worth, as a decimal string
 * of up to 8 decimals (e.g. `{ '502': '7.1234' }`). 人民币 (142) needs no entry. Injected by the caller
 * (the day's customs rate); this module holds none.
 */
export type ExchangeRates = Readonly<Record<string, string>>;

/** One resident's share of one declaration, in cents of the declaration's 币制. */
export interface AllowanceShare {
  /** 身份证号 of the resident. */
  idNumber: string;
  /** Their share, in cents (分) of the declaration's currency. */
  amountCents: number;
}

/** What the allowance needs of a declaration. */
export interface AllowanceDeclaration {
  /** Identifies the declaration (its 预录入编号), so that a resubmit does not count itself twice. */
  id: string;
  /** Its status; `null` for one not saved yet. */
  status: DeclarationStatus | null;
  /** The China calendar day it counts on, 'YYYY-MM-DD' (its 申报时间's date; see `chinaDay`). */
  day: string;
  /** Its 币制 code. */
  currency: string;
  /** Each resident's share: see {@link allowanceShares}. */
  shares: readonly AllowanceShare[];
}

/** Options of {@link dailyAllowanceUsage} and {@link checkDailyAllowance}. */
export interface DailyAllowanceOptions {
  /** Rates for currencies other than 人民币. */
  rates?: ExchangeRates;
  /** Statuses that count (default {@link ALLOWANCE_COUNTED_STATUSES}). */
  countedStatuses?: readonly DeclarationStatus[];
  /** The allowance per resident per day in cents (default {@link DAILY_ALLOWANCE_CENTS}). */
  allowanceCents?: number;
}

/** One resident's allowance on one day. */
export interface ResidentAllowance {
  /** 身份证号 of the resident (uppercase X). */
  idNumber: string;
  /** Value declared that day, in 人民币 cents. */
  usedCents: number;
  /** What is left of the allowance, in cents; 0 when used up or exceeded. */
  remainingCents: number;
  /** By how much the allowance is exceeded, in cents; 0 when it is not. */
  exceededByCents: number;
}

/**
 * An amount in 人民币 cents: as is for 人民币, else × the rate, rounded half up to the fen.
 * @throws DeclarationError `EXCHANGE_RATE_MISSING` when `rates` has no valid rate for `currency`
 * @example toRmbCents(10000, '502', { '502': '7.1234' }) // 71234
 */
export function toRmbCents(amountCents: number, currency: string, rates: ExchangeRates = {}): number {
  if (currency === RMB_CURRENCY_CODE) return amountCents;
  const text = Object.prototype.hasOwnProperty.call(rates, currency) ? rates[currency] : undefined;
  const rate = text === undefined ? undefined : parseScaledDecimal(text, RATE_DECIMALS);
  if (rate === undefined || rate === 0) {
    throw new DeclarationError('EXCHANGE_RATE_MISSING', `no exchange rate for currency ${currency}`, {
      data: { currency },
    });
  }
  return mulDivRoundHalfUp(amountCents, rate, RATE_DECIMALS);
}

/**
 * Each resident's share of a declaration: every 委托边民's 边民申报额度 on a representative's
 * declaration, else the whole 申报总价 for the declarant.
 * @throws DeclarationError `INVALID_AMOUNT` when an amount is malformed (validate first)
 */
export function allowanceShares(declaration: {
  declarantIdNumber: string;
  goods: readonly Pick<GoodsLine, 'totalPrice'>[];
  entrustedResidents: readonly Pick<EntrustedResidentInput, 'idNumber' | 'quota'>[];
}): AllowanceShare[] {
  const cents = (text: string): number => {
    const value = parseAmountCents(text);
    if (value === undefined)
      throw new DeclarationError('INVALID_AMOUNT', `not an amount: ${text}`, { data: { value: text } });
    return value;
  };
  if (declaration.entrustedResidents.length > 0) {
    return declaration.entrustedResidents.map((r) => ({ idNumber: r.idNumber, amountCents: cents(r.quota) }));
  }
  const total = declaration.goods.reduce((sum, line) => sum + cents(line.totalPrice), 0);
  return [{ idNumber: declaration.declarantIdNumber, amountCents: total }];
}

function addUsage(
  used: Map<string, number>,
  declaration: AllowanceDeclaration,
  rates: ExchangeRates | undefined,
): void {
  for (const share of declaration.shares) {
    const id = share.idNumber.trim().toUpperCase();
    used.set(id, (used.get(id) ?? 0) + toRmbCents(share.amountCents, declaration.currency, rates));
  }
}

function toAllowance(idNumber: string, usedCents: number, allowanceCents: number): ResidentAllowance {
  return {
    idNumber,
    usedCents,
    remainingCents: Math.max(0, allowanceCents - usedCents),
    exceededByCents: Math.max(0, usedCents - allowanceCents),
  };
}

/**
 * Each resident's used and remaining allowance on `day`, from the declarations that count
 * ({@link ALLOWANCE_COUNTED_STATUSES}), in order of first appearance.
 * @param day China calendar day, 'YYYY-MM-DD'
 * @throws DeclarationError `EXCHANGE_RATE_MISSING` for a foreign currency without a rate
 */
export function dailyAllowanceUsage(
  declarations: readonly AllowanceDeclaration[],
  day: string,
  options: DailyAllowanceOptions = {},
): ResidentAllowance[] {
  const counted = options.countedStatuses ?? ALLOWANCE_COUNTED_STATUSES;
  const used = new Map<string, number>();
  for (const declaration of declarations) {
    if (declaration.day !== day || declaration.status === null || !counted.includes(declaration.status))
      continue;
    addUsage(used, declaration, options.rates);
  }
  const allowance = options.allowanceCents ?? DAILY_ALLOWANCE_CENTS;
  return Array.from(used, ([idNumber, cents]) => toAllowance(idNumber, cents, allowance));
}

/** One resident of a {@link checkDailyAllowance} result. */
export interface ResidentAllowanceCheck extends ResidentAllowance {
  /** Used on the day before this declaration, in 人民币 cents. */
  usedBeforeCents: number;
  /** This declaration's share, in 人民币 cents. */
  declarationCents: number;
}

/** What {@link checkDailyAllowance} reports. */
export interface AllowanceCheck {
  /** Some resident would exceed the day's allowance with this declaration. */
  exceeds: boolean;
  /** Every resident of the declaration, with the declaration counted in `usedCents`. */
  residents: ResidentAllowanceCheck[];
}

/**
 * Whether submitting `declaration` would take any of its residents over the allowance on its day.
 * `existing` may include the declaration itself (a 修改 or 变更 resubmit): it is not counted twice.
 * @example
 * const check = checkDailyAllowance(draft, todaysDeclarations, { rates })
 * if (check.exceeds) showPrompt(validationMessage('allowanceExceeded', { name }))
 */
export function checkDailyAllowance(
  declaration: AllowanceDeclaration,
  existing: readonly AllowanceDeclaration[],
  options: DailyAllowanceOptions = {},
): AllowanceCheck {
  const before = new Map<string, number>();
  for (const usage of dailyAllowanceUsage(
    existing.filter((d) => d.id !== declaration.id),
    declaration.day,
    options,
  )) {
    before.set(usage.idNumber, usage.usedCents);
  }
  const own = new Map<string, number>();
  addUsage(own, declaration, options.rates);
  const allowance = options.allowanceCents ?? DAILY_ALLOWANCE_CENTS;
  const residents = Array.from(own, ([idNumber, cents]) => {
    const usedBeforeCents = before.get(idNumber) ?? 0;
    return {
      ...toAllowance(idNumber, usedBeforeCents + cents, allowance),
      usedBeforeCents,
      declarationCents: cents,
    };
  });
  return { exceeds: residents.some((r) => r.exceededByCents > 0), residents };
}
