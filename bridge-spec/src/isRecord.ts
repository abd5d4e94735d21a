/** Whether `value` is a JSON object (not `null`, not an array): what a message must be to have fields. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
