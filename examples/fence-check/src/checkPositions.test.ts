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

it('finds a point in the middle of 友谊关 inside, with the mini-app message', () => {
  const result = check('21.979,106.7115,5');
  expect(result.verdict.status).toBe('inside');
  expect(verdictFence(result.verdict)?.fence.id).toBe('youyiguan');
  expect(result.message).toBe('当前位置在申报区域内');
  expect(result.detail).toBe('申报区域：友谊关边民互市点（示例）');
});

it('converts a GCJ-02 position, and the same numbers read as WGS-84 are ~230 m outside', () => {
  expect(check('21.9762026,106.7150379,5', 'gcj02').verdict.status).toBe('inside');
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
