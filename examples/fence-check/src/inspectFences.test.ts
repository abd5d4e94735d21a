import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { inspectFences } from './inspectFences';
import { readJsonFile } from './readJsonFile';

const fixture = (name: string): unknown =>
  readJsonFile(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)));

it('summarises each valid fence: codes, vertices, holes, area and bounding box', () => {
  const { fences, problems, featureCount } = inspectFences(fixture('youyiguan.geojson'));
  expect(problems).toEqual([]);
  expect(featureCount).toBe(2);
  expect(fences[0]).toMatchObject({
    featureIndex: 0,
    id: 'youyiguan',
    name: '友谊关边民互市点（示例）',
    customsCode: '7208',
    headCustomsCode: '7200',
    polygons: 1,
    holes: 0,
    vertices: 5,
    bbox: [106.7098, 21.977, 106.7132, 21.9812],
  });
  // 400 m × 400 m less a 100 m × 100 m hole, give or take the projection.
  const puzhai = fences[1];
  expect(puzhai).toMatchObject({ id: 'puzhai', holes: 1, vertices: 8 });
  expect(puzhai?.areaM2).toBeGreaterThan(0.98 * (413 * 445 - 103 * 111));
  expect(puzhai?.areaM2).toBeLessThan(1.02 * (413 * 445 - 103 * 111));
});

it('reports every bad fence, not only the first, at its place in the file', () => {
  const { fences, problems } = inspectFences(fixture('broken.geojson'));
  expect(fences.map((fence) => fence.id)).toEqual(['youyiguan']);
  expect(problems).toEqual([
    expect.objectContaining({
      featureIndex: 1,
      fenceId: 'puzhai-unclosed',
      reason: 'not-closed',
      path: 'features[1].geometry.coordinates[0]',
    }),
    expect.objectContaining({
      featureIndex: 2,
      fenceId: 'wrong-head-customs',
      reason: 'bad-property',
      path: 'features[2].properties.headCustomsCode',
    }),
  ]);
  expect(problems[0]?.message).toMatch(
    /^Invalid fence "puzhai-unclosed" \(#1\) at features\[1\]\.geometry.*not closed/,
  );
  expect(problems[1]?.message).toContain('7201 is not 7200, the 直属关 of 7208');
});

it('reports duplicate ids, naming the first fence that used the id', () => {
  const collection = fixture('youyiguan.geojson') as { features: { id: string }[] };
  const [first, second] = collection.features;
  if (first === undefined || second === undefined) throw new Error('fixture has two fences');
  const { problems } = inspectFences({
    type: 'FeatureCollection',
    features: [first, { ...second, id: first.id }],
  });
  expect(problems).toEqual([
    expect.objectContaining({
      featureIndex: 1,
      reason: 'duplicate-id',
    }),
  ]);
  expect(problems[0]?.message).toContain('id already used by fence #0');
});

it('reports a file that is not a collection, or an empty one', () => {
  expect(inspectFences([]).problems).toEqual([expect.objectContaining({ reason: 'not-a-collection' })]);
  expect(inspectFences({ type: 'FeatureCollection', features: [] }).problems).toEqual([
    expect.objectContaining({ reason: 'empty-collection', featureIndex: undefined }),
  ]);
});
