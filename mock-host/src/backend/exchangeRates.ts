import type { ExchangeRates } from '@hushi/sdk';

/**
 * 人民币 per unit of each foreign 币制, for the 8,000-yuan daily allowance of foreign-currency
 * declarations. Round demo values, not official rates: a real backend reads the customs' monthly rates.
 */
export const DEMO_EXCHANGE_RATES: ExchangeRates = {
  '502': '7.10',
  '300': '7.70',
  '110': '0.91',
  '116': '0.047',
  '136': '0.20',
  '132': '5.30',
  '122': '1.55',
  '303': '9.00',
};
