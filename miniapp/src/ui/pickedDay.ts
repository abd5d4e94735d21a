import type { PickerValue } from '@nutui/nutui-react-taro';

/** A 'YYYY-MM-DD' day as the local Date a date picker shows; today for anything else. */
export function dayAsDate(day: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : new Date();
}

/** A date picker's [year, month, day] as 'YYYY-MM-DD'. */
export function pickedDay(values: readonly PickerValue[]): string {
  return values.map((value, index) => String(value).padStart(index === 0 ? 4 : 2, '0')).join('-');
}
