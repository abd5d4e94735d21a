import { fileURLToPath } from 'node:url';
import { loadFences } from '@hushi/sdk/fence';
import { expect, it } from 'vitest';
import { checkPositions, verdictFence } from './checkPositions';
import { parsePosition } from './readPositions';
import { readJsonFile } from './readJsonFile';

const fences = loadFences(
  readJsonFile(fileURLToPath(new URL('../fixtures/youyiguan.geojson', import.meta.url))),
);
const check = (text: string, datum: 'wgs84' | 'gcj02' = 'wgs84', connected?: string[]) => {
  const [result] = checkPositions(fences, [parsePosition(text, datum)], { connected, now: () => 0 });
  if (result === undefined) throw new Error('no result');
  return result;
};

it('converts a GCJ-02 position in the mainland, 8 km from the border, and takes one in Vietnam as it is', () => {
  const pingxiang = check('22.097,106.755', 'gcj02').verdict;
  expect(pingxiang.status).toBe('outside');
  if (pingxiang.status !== 'outside') return;
  expect(pingxiang.appliedDatum).toBe('gcj02');
  expect(pingxiang.position.lat).toBeCloseTo(22.0998257, 7);
  expect(pingxiang.position.lng).toBeCloseTo(106.7514026, 7);
  const dongDang = check('21.93,106.69', 'gcj02').verdict;
  expect(dongDang).toMatchObject({ appliedDatum: 'wgs84', position: { lat: 21.93, lng: 106.69 } });
});

it('finds a point in the middle of 友谊关 inside, with the mini-app message', () => {
  const result = check('21.979,106.7115,5');
  expect(result.verdict.status).toBe('inside');
  expect(verdictFence(result.verdict)?.fence.id).toBe('youyiguan');
  expect(result.message).toBe('当前位置在申报区域内');
  expect(result.detail).toBe('申报区域：友谊关边民互市点（示例）');
});

it('reads a GCJ-02 position 500 m from the border both ways (uncertain); the numbers read as WGS-84 are ~230 m outside', () => {
  // 友谊关 lies within the mainland boundary's error and the GCJ-02 shift of the border.
  expect(check('21.9762026,106.7150379,5', 'gcj02').verdict).toMatchObject({
    status: 'uncertain',
    appliedDatum: 'either',
  });
  const misread = check('21.9762026,106.7150379,5', 'wgs84');
  expect(misread.verdict.status).toBe('outside');
  expect(verdictFence(misread.verdict)?.distanceM).toBeGreaterThan(200);
});

it('gives uncertain near an edge, and outside with distance and direction further away', () => {
  expect(check('21.979,106.70995,30').verdict.status).toBe('uncertain');
  const east = check('21.979,106.7182,10');
  expect(east.verdict.status).toBe('outside');
  expect(verdictFence(east.verdict)).toMatchObject({ direction: '西' });
  expect(east.detail).toBe('您距申报区域约 500 米，西方向');
});

it('gives not-connected when the fence’s head customs is not connected', () => {
  const result = check('21.979,106.7115,5', 'wgs84', ['0700']);
  expect(result.verdict.status).toBe('not-connected');
  expect(result.message).toBe('该区域暂不支持在移动端申报！');
});

it('gives inaccurate for a fix vaguer than the checker’s cap', () => {
  expect(check('21.979,106.7115,150').verdict.status).toBe('inaccurate');
});
