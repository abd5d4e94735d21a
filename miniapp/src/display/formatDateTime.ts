/** China Standard Time is UTC+8 all year. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * An ISO 8601 instant as the screens show a 申报时间: China time 'YYYY-MM-DD HH:mm:ss'. Text that is
 * not a date is returned as it is.
 * @example formatDateTime('2022-08-17T15:55:01+08:00') // '2022-08-17 15:55:01'
 */
export function formatDateTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Date(time + CHINA_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}
