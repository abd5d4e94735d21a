import { readFileSync } from 'node:fs';
import { FenceCheckError } from './errors';

/**
 * Reads a file as UTF-8 text.
 * @throws {FenceCheckError} UNREADABLE_FILE naming the file and why (not found, a directory, …).
 */
export function readTextFile(path: string): string {
  try {
    // A byte-order mark (from Excel or Notepad) is not part of the data.
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : error instanceof Error
              ? error.message
              : String(error);
    throw new FenceCheckError('UNREADABLE_FILE', `Cannot read ${path}: ${why}`, { cause: error });
  }
}

/** Line and column (1-based) of a character offset in `text`. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before[before.length - 1]?.length ?? 0) + 1}`;
}

/**
 * Reads and parses a JSON (or GeoJSON) file.
 * @returns The parsed value, typed `unknown`: the caller checks its shape.
 * @throws {FenceCheckError} UNREADABLE_FILE, or BAD_JSON with the line and column of the syntax error.
 */
export function readJsonFile(path: string): unknown {
  const text = readTextFile(path);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 says "... in JSON at position 123" (Node 20) or "... (line 4 column 3)" (Node 22).
    const position = /at position (\d+)/.exec(message)?.[1];
    const where = position === undefined ? '' : ` (${lineAndColumn(text, Number(position))})`;
    throw new FenceCheckError('BAD_JSON', `${path} is not valid JSON${where}: ${message}`, { cause: error });
  }
}
