/**
 * The text form of the mainland boundary: rings of integer coordinates (degrees × scale), each vertex
 * the zig-zag difference from the one before (the first from 0, 0), written as 5-bit groups in the
 * characters `?`–`~` (as Google's encoded polylines), rings separated by a space. A vertex 1 km from the
 * last costs about four characters.
 */

/** First character of a 5-bit group; a group at or above {@link MORE} is followed by another. */
const BASE = 63;
const MORE = 0x20;
const SEPARATOR = ' ';

function writeNumber(value: number, out: string[]): void {
  let rest = value < 0 ? -2 * value - 1 : 2 * value;
  while (rest >= MORE) {
    out.push(String.fromCharCode(BASE + (MORE | (rest & 0x1f))));
    rest = Math.floor(rest / MORE);
  }
  out.push(String.fromCharCode(BASE + rest));
}

/**
 * Encodes rings of integer `[x, y]` vertices (open rings: the last vertex is not the first again).
 * @example encodeRings([[[1, 2], [3, 4], [5, 0]]])
 */
export function encodeRings(rings: readonly (readonly (readonly [number, number])[])[]): string {
  const out: string[] = [];
  rings.forEach((ring, r) => {
    if (r > 0) out.push(SEPARATOR);
    let x = 0;
    let y = 0;
    for (const [vx, vy] of ring) {
      if (!Number.isSafeInteger(vx) || !Number.isSafeInteger(vy))
        throw new RangeError('Integer vertices only');
      writeNumber(vx - x, out);
      writeNumber(vy - y, out);
      x = vx;
      y = vy;
    }
  });
  return out.join('');
}

/** Decoded rings: vertex k of every ring at `[coords[2k], coords[2k + 1]]`, ring r's vertices from `starts[r]` to `starts[r + 1]`. */
export interface DecodedRings {
  /** x, y of each vertex in turn, divided by the scale. */
  readonly coords: Float64Array;
  /** Index of each ring's first vertex, and the vertex count last. */
  readonly starts: Uint32Array;
}

/**
 * Decodes {@link encodeRings}' text, dividing each coordinate by `scale`.
 * @throws {RangeError} for text that {@link encodeRings} cannot have written.
 */
export function decodeRings(text: string, scale = 1): DecodedRings {
  const values: number[] = [];
  const starts: number[] = [0];
  let x = 0;
  let y = 0;
  let pending: number | null = null;
  let i = 0;
  while (i < text.length) {
    if (text[i] === SEPARATOR) {
      if (pending !== null) throw new RangeError('A vertex without its y');
      starts.push(values.length / 2);
      x = 0;
      y = 0;
      i += 1;
      continue;
    }
    let value = 0;
    let factor = 1;
    for (;;) {
      const group = text.charCodeAt(i) - BASE;
      if (!(group >= 0 && group < 2 * MORE)) throw new RangeError(`Unexpected character at ${i}`);
      i += 1;
      value += (group & 0x1f) * factor;
      factor *= MORE;
      if (group < MORE) break;
      if (i >= text.length) throw new RangeError('Text ends inside a number');
    }
    const delta = value % 2 === 1 ? -(value + 1) / 2 : value / 2;
    if (pending === null) {
      pending = delta;
    } else {
      x += pending;
      y += delta;
      values.push(x / scale, y / scale);
      pending = null;
    }
  }
  if (pending !== null) throw new RangeError('A vertex without its y');
  starts.push(values.length / 2);
  return { coords: Float64Array.from(values), starts: Uint32Array.from(starts) };
}
