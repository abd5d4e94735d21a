import { chinaDay } from '@hushi/sdk';

/**
 * An instant as the screens show 申报时间: China Standard Time 'YYYY-MM-DD HH:mm:ss'.
 * @example chinaDateTime(Date.UTC(2022, 7, 18, 16, 30)) // '2022-08-19 00:30:00'
 */
export function chinaDateTime(epochMs: number): string {
  const time = new Date(epochMs + 8 * 3_600_000).toISOString().slice(11, 19);
  return `${chinaDay(new Date(epochMs))} ${time}`;
}
