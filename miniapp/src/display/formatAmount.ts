/**
 * An amount (申报单价, 申报总价, 总价, 边民申报额度) as every screen shows it: with two decimals, as the
 * manual's "10.00" and "334.00", whether it was typed as "50" or stored as "60.00". Text that is not a
 * plain decimal is shown as it is.
 * @example formatAmount('50') // '50.00'; formatAmount('60.5') // '60.50'; formatAmount('60.00') // '60.00'
 */
export function formatAmount(value: string): string {
  const match = /^(\d+)(?:\.(\d*))?$/.exec(value.trim());
  if (match === null) return value;
  const [, whole = '0', decimals = ''] = match;
  return `${whole}.${decimals.padEnd(2, '0')}`;
}
