/**
 * A 身份证号 as the screens show it: the first 3 and last 3 characters around five asterisks.
 * Values of 6 characters or fewer are returned as they are.
 * @example maskIdNumber('450102199001011022') // '450*****022'
 */
export function maskIdNumber(idNumber: string): string {
  const id = idNumber.trim();
  return id.length <= 6 ? id : `${id.slice(0, 3)}*****${id.slice(-3)}`;
}
