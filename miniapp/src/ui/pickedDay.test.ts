import { expect, it } from 'vitest';
import { dayAsDate, pickedDay } from './pickedDay';

it('reads a YYYY-MM-DD day as that local date, and anything else as today', () => {
  const day = dayAsDate('2025-03-09');
  expect([day.getFullYear(), day.getMonth(), day.getDate()]).toEqual([2025, 2, 9]);
  expect(dayAsDate('').toDateString()).toBe(new Date().toDateString());
});

it('writes the picked year, month and day back zero-padded, and round-trips', () => {
  expect(pickedDay([2025, 3, 9])).toBe('2025-03-09');
  expect(pickedDay(['2025', '12', '31'])).toBe('2025-12-31');
  const back = dayAsDate(pickedDay([2024, 2, 29]));
  expect([back.getFullYear(), back.getMonth() + 1, back.getDate()]).toEqual([2024, 2, 29]);
});
