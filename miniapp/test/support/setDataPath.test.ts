import { expect, it } from 'vitest';
import { parseDataPath, setDataPath } from './setDataPath';

it('reads keys and indices, with or without a dot before the index', () => {
  expect(parseDataPath('root.cn.[0].cn[1].v')).toEqual(['root', 'cn', 0, 'cn', 1, 'v']);
  expect(parseDataPath('root')).toEqual(['root']);
});

it('refuses keys that are not paths', () => {
  for (const path of ['', '.a', 'a.', 'a..b', 'a[x]', 'a[1', 'a[0]b', 'a]']) {
    expect(() => parseDataPath(path), path).toThrow(`Invalid setData path "${path}"`);
  }
});

it('merges a Taro update into the tree, creating arrays before indices and objects before keys', () => {
  const data: Record<string, unknown> = { root: { cn: [{ nn: '2', cn: [] }] } };
  setDataPath(data, 'root.cn.[0].cn.[1].v', '登录');
  setDataPath(data, 'root.cn.[0].cls', 'page');
  setDataPath(data, 'root.extra[0].v', 'x');
  expect(data).toEqual({
    root: {
      cn: [{ nn: '2', cls: 'page', cn: [undefined, { v: '登录' }] }],
      extra: [{ v: 'x' }],
    },
  });
});

it('copies the value and ignores undefined, as the view layer gets JSON', () => {
  const value = { cn: [{ v: 'a' }], dropped: undefined };
  const data: Record<string, unknown> = { root: { cn: [] } };
  setDataPath(data, 'root', value);
  value.cn.push({ v: 'b' });
  setDataPath(data, 'root.cn.[0].v', undefined);
  expect(data).toEqual({ root: { cn: [{ v: 'a' }] } });
  expect(Object.keys(data.root as object)).toEqual(['cn']);
});
