import { expect, it } from 'vitest';
import { lastMonthRange } from './lastMonthRange';

it('goes back one month, as the manual 2022-07-18 → 2022-08-18', () => {
  expect(lastMonthRange('2022-08-18')).toEqual({ from: '2022-07-18', to: '2022-08-18' });
});

it('crosses the year in January', () => {
  expect(lastMonthRange('2024-01-15')).toEqual({ from: '2023-12-15', to: '2024-01-15' });
});

it('takes the last day of a shorter month before', () => {
  expect(lastMonthRange('2024-03-31')).toEqual({ from: '2024-02-29', to: '2024-03-31' });
  expect(lastMonthRange('2023-03-30')).toEqual({ from: '2023-02-28', to: '2023-03-30' });
});
