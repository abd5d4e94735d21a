import { isCalendarDate } from '@hushi/sdk';

/** A 起始时间–结束时间 pair of the query screens, 'YYYY-MM-DD' each. */
export interface DateRange {
  from: string;
  to: string;
}

/**
 * The default dates of the query screens: the month up to `today`, as the manual's 2022-07-18 →
 * 2022-08-18. A day the month before does not have (03-31 → 02-31) becomes that month's last day.
 * @param today 'YYYY-MM-DD', the China day
 * @example lastMonthRange('2022-08-18') // { from: '2022-07-18', to: '2022-08-18' }
 */
export function lastMonthRange(today: string): DateRange {
  const [year = 0, month = 1, day = 1] = today.split('-').map(Number);
  const fromYear = month === 1 ? year - 1 : year;
  const fromMonth = month === 1 ? 12 : month - 1;
  let fromDay = day;
  while (fromDay > 28 && !isCalendarDate(fromYear, fromMonth, fromDay)) fromDay--;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return { from: `${fromYear}-${pad(fromMonth)}-${pad(fromDay)}`, to: today };
}
