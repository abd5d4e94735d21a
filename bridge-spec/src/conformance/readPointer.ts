/**
 * The value at a JSON Pointer (RFC 6901) in `data`, or `undefined` when there is none.
 * @example readPointer({ methods: { 'host.getInfo': '1.0.0' } }, '/methods/host.getInfo') // '1.0.0'
 */
export function readPointer(data: unknown, pointer: string): unknown {
  if (pointer === '') return data;
  let current: unknown = data;
  for (const token of pointer.slice(1).split('/')) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof current !== 'object' || current === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
