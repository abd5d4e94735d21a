/**
 * Whether `value` is a JSON object (not `null`, not an array): what a bridge message, a backend error
 * body, a declaration or a fence must be to have fields.
 * @internal
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
