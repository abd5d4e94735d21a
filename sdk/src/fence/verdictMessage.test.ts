import { expect, it } from 'vitest';
import { readFenceFixture } from '../../test/geo';
import { createFenceChecker } from './createFenceChecker';
import { formatDistanceZh, verdictMessage } from './verdictMessage';
import type { FenceFix } from './createFenceChecker';

const NOW = 1_764_057_600_000;
const checker = createFenceChecker(readFenceFixture('synthetic.geojson') as never, {
  connectedHeadCustoms: new Set(['0100']),
  now: () => NOW,
});
const fix = (lng: number, lat: number, accuracy = 5, timestamp = NOW): FenceFix => ({
  lat,
  lng,
  datum: 'wgs84',
  accuracy,
  timestamp,
});

it('rounds distances to what a phone fix can tell', () => {
  expect(formatDistanceZh(0)).toBe('不足 10 米');
  expect(formatDistanceZh(9.9)).toBe('不足 10 米');
  expect(formatDistanceZh(14)).toBe('约 10 米');
  expect(formatDistanceZh(96)).toBe('约 100 米');
  expect(formatDistanceZh(347)).toBe('约 350 米');
  expect(formatDistanceZh(362)).toBe('约 350 米');
  expect(formatDistanceZh(980)).toBe('约 1 公里');
  expect(formatDistanceZh(2_340)).toBe('约 2.3 公里');
  expect(formatDistanceZh(23_400)).toBe('约 23 公里');
  expect(() => formatDistanceZh(Number.NaN)).toThrow(RangeError);
  expect(() => formatDistanceZh(-1)).toThrow(RangeError);
});

it('says where the declaration area is when outside', () => {
  // 350 m south and 350 m west of the donut's south-west corner: the corner lies north-east, ~495 m.
  const verdict = checker.check(fix(100 - 550 / 111_195 / Math.cos(Math.PI / 6), 30 - 550 / 111_195));
  expect(verdictMessage(verdict)).toEqual({
    message: '当前位置不在申报区域内',
    detail: '您距申报区域约 500 米，东北方向',
  });
});

it("uses the manual's words for outside and not-connected", () => {
  expect(verdictMessage(checker.check(fix(100.04, 30))).message).toBe('该区域暂不支持在移动端申报！');
  expect(verdictMessage(checker.check(fix(100.04, 30))).detail).toBeNull();
  expect(verdictMessage(checker.check(fix(100, 30))).message).toBe('当前位置不在申报区域内');
});

it('names the area when inside and asks for a better fix otherwise', () => {
  expect(verdictMessage(checker.check(fix(100, 30.0011)))).toEqual({
    message: '当前位置在申报区域内',
    detail: '申报区域：合成：带洞方形',
  });
  const uncertain = verdictMessage(checker.check(fix(100, 30.0011, 60)));
  expect(uncertain.message).toBe('无法确定您是否在申报区域内');
  expect(uncertain.detail).toBe('您在申报区域边界附近，请到开阔处开启高精度定位后重试');
  expect(verdictMessage(checker.check(fix(100, 30.0011, 150)))).toEqual({
    message: '定位精度不足',
    detail: '当前定位精度约 150 米，请开启高精度定位后重试',
  });
  expect(verdictMessage(checker.check(fix(100, 30.0011, 5, NOW - 600_000))).message).toBe('定位信息已过期');
});
