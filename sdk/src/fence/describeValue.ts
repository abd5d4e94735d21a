/** Longest text of a string quoted in a message. */
const MAX_TEXT = 40;

/**
 * A short description of any value for an error message, that never throws and never walks the value:
 * numbers, booleans and null as written, strings quoted (cut at 40 characters), a short array of
 * numbers (a position) as `[lng, lat]`, anything else by its kind. Safe for parsed JSON of any shape
 * (`{"toString":1}`, arrays nested thousands deep) and for objects with no prototype or cycles.
 * @internal
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value);
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'undefined':
      return String(value);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      if (!Array.isArray(value)) return 'an object';
      return value.length <= 3 && value.every((item) => typeof item === 'number')
        ? `[${value.join(', ')}]`
        : `an array of ${value.length}`;
  }
}
