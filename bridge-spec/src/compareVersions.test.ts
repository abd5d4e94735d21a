import { expect, it } from 'vitest';
import { compareVersions, parseVersion } from './compareVersions';

it('parses major.minor.patch', () => {
  expect(parseVersion('1.12.3')).toEqual({ major: 1, minor: 12, patch: 3 });
});

it('refuses what is not a plain version', () => {
  for (const text of ['1', '1.0', 'v1.0.0', '1.0.0-beta', '01.0.0', '1.0.0 ', ''])
    expect(parseVersion(text)).toBeNull();
});

it('orders numerically, not as text', () => {
  expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
  expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
  expect(compareVersions('1.0.9', '2.0.0')).toBeLessThan(0);
});

it('throws on a malformed version', () => {
  expect(() => compareVersions('1.0.0', 'x')).toThrow(RangeError);
});
