/** Whether `value` is a JSON object: a request body (or part of one), or state read back from storage. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
