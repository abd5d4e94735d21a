/** One step of a `setData` path: an object key or an array index. */
export type DataPathStep = string | number;

/**
 * Splits a mini-program `setData` key into its steps: `a.b` names object keys, `[n]` array indices.
 * Taro writes an index after a dot (`root.cn.[0].v`), which WeChat reads as `root.cn[0].v`.
 * @throws when the key is not a valid path (an empty key, a bracket without a whole number)
 * @example parseDataPath('root.cn.[0].cn[1].v') // ['root', 'cn', 0, 'cn', 1, 'v']
 */
export function parseDataPath(path: string): DataPathStep[] {
  const invalid = new Error(`Invalid setData path "${path}"`);
  const token = /([^.[\]]+)|\[(\d+)\]|(\.)/y;
  const steps: DataPathStep[] = [];
  let afterDot = true;
  while (token.lastIndex < path.length) {
    const match = token.exec(path);
    if (match === null) throw invalid;
    const [, key, index, dot] = match;
    if (index !== undefined) {
      steps.push(Number(index));
      afterDot = false;
    } else if (key !== undefined && afterDot) {
      steps.push(key);
      afterDot = false;
    } else if (dot !== undefined && !afterDot) {
      afterDot = true;
    } else {
      throw invalid;
    }
  }
  if (afterDot) throw invalid;
  return steps;
}

/**
 * Writes `value` at the `setData` key `path` of `data`, as WeChat merges a page's `setData` into
 * `this.data`: missing or non-object containers on the way are created (an array before an index, an
 * object before a key), and the value is copied as the view layer receives it (JSON). `undefined` is
 * not data: WeChat warns and leaves the field as it was, and so does this.
 * @example setDataPath(page.data, 'root.cn.[0].v', '登录')
 */
export function setDataPath(data: Record<string, unknown>, path: string, value: unknown): void {
  const steps = parseDataPath(path);
  if (value === undefined) return;
  let container: Record<DataPathStep, unknown> = data;
  for (const [position, step] of steps.slice(0, -1).entries()) {
    const next = container[step];
    if (typeof next === 'object' && next !== null) {
      container = next as Record<DataPathStep, unknown>;
    } else {
      const created = typeof steps[position + 1] === 'number' ? [] : {};
      container[step] = created;
      container = created;
    }
  }
  const last = steps[steps.length - 1] as DataPathStep;
  container[last] = JSON.parse(JSON.stringify(value)) as unknown;
}
