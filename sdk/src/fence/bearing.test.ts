import { expect, it } from 'vitest';
import { bearingDeg, compassDirection } from './bearing';

it('measures bearings clockwise from north', () => {
  expect(bearingDeg(0, 1)).toBe(0);
  expect(bearingDeg(1, 0)).toBe(90);
  expect(bearingDeg(0, -1)).toBe(180);
  expect(bearingDeg(-1, 0)).toBe(270);
  expect(bearingDeg(1, 1)).toBeCloseTo(45, 10);
  expect(bearingDeg(-1, 1)).toBeCloseTo(315, 10);
  expect(bearingDeg(0, 0)).toBe(0);
  expect(Object.is(bearingDeg(-0, 1), 0)).toBe(true);
});

it('stays in [0, 360) for a tiny negative angle', () => {
  const bearing = bearingDeg(-1e-300, 1);
  expect(bearing).toBeGreaterThanOrEqual(0);
  expect(bearing).toBeLessThan(360);
});

it('names eight 45° sectors centred on their direction', () => {
  const words = [0, 45, 90, 135, 180, 225, 270, 315].map(compassDirection);
  expect(words).toEqual(['北', '东北', '东', '东南', '南', '西南', '西', '西北']);
  expect(compassDirection(22.4)).toBe('北');
  expect(compassDirection(22.5)).toBe('东北');
  expect(compassDirection(67.4)).toBe('东北');
  expect(compassDirection(337.5)).toBe('北');
  expect(compassDirection(337.4)).toBe('西北');
  expect(compassDirection(-45)).toBe('西北');
  expect(compassDirection(405)).toBe('东北');
});
