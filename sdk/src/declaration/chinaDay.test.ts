import { expect, it } from 'vitest';
import { chinaDay, isCalendarDate } from './chinaDay';

it('counts the day in China Standard Time (UTC+8)', () => {
  expect(chinaDay(new Date('2022-08-18T15:59:59Z'))).toBe('2022-08-18');
  expect(chinaDay(new Date('2022-08-18T16:00:00Z'))).toBe('2022-08-19');
  expect(chinaDay(new Date('2022-08-19T14:25:41+08:00'))).toBe('2022-08-19');
});

it('knows month lengths and leap years', () => {
  expect(isCalendarDate(2024, 2, 29)).toBe(true);
  expect(isCalendarDate(2023, 2, 29)).toBe(false);
  expect(isCalendarDate(1900, 2, 29)).toBe(false);
  expect(isCalendarDate(2000, 2, 29)).toBe(true);
  expect(isCalendarDate(2022, 4, 31)).toBe(false);
  expect(isCalendarDate(2022, 13, 1)).toBe(false);
  expect(isCalendarDate(2022, 1, 0)).toBe(false);
  expect(isCalendarDate(2022, 1.5, 1)).toBe(false);
});
