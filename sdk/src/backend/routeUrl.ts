/** A query string's values; undefined and empty values are left out. */
export type QueryValues = Readonly<Record<string, string | number | undefined>>;

/**
 * The absolute URL of a route: base URL, path with its `:name` parameters filled (URI-encoded) and
 * the query string. Throws a TypeError when a path parameter is missing (a programming error).
 * @example routeUrl('https://b.cn/', '/api/v1/declarations/:kind', { kind: 'entry' }, { page: 1 })
 * // 'https://b.cn/api/v1/declarations/entry?page=1'
 */
export function routeUrl(
  baseUrl: string,
  path: string,
  params: Readonly<Record<string, string>> = {},
  query: QueryValues = {},
): string {
  const filled = path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') throw new TypeError(`Missing path parameter ${name} of ${path}`);
    return encodeURIComponent(value);
  });
  const pairs = Object.entries(query)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`);
  return `${baseUrl.replace(/\/+$/, '')}${filled}${pairs.length > 0 ? `?${pairs.join('&')}` : ''}`;
}
