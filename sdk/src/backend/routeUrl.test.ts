import { expect, it } from 'vitest';
import { routeUrl } from './routeUrl';

it('fills path parameters URI-encoded and joins the base URL without a double slash', () => {
  expect(
    routeUrl('https://b.cn/', '/api/v1/declarations/:kind/:preEntryNumber', {
      kind: 'entry',
      preEntryNumber: 'a/b',
    }),
  ).toBe('https://b.cn/api/v1/declarations/entry/a%2Fb');
});

it('writes the query string, leaving out undefined and empty values', () => {
  expect(routeUrl('https://b.cn', '/x', {}, { a: '1 2', b: undefined, c: '', d: 3 })).toBe(
    'https://b.cn/x?a=1%202&d=3',
  );
});

it('refuses a missing path parameter', () => {
  expect(() => routeUrl('https://b.cn', '/api/:kind', {})).toThrow(/Missing path parameter kind/);
});
