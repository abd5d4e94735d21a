import { expect, it } from 'vitest';
import { base64UrlBytes, base64UrlText } from './base64Url';

it('encodes and decodes base64url as Node does, for every length modulo 3', () => {
  for (let length = 0; length < 70; length++) {
    const bytes = Uint8Array.from({ length }, (_, i) => (i * 151 + length * 7) & 0xff);
    const text = Buffer.from(bytes).toString('base64url');
    expect(base64UrlText(bytes), `length ${length}`).toBe(text);
    expect(base64UrlBytes(text), `length ${length}`).toEqual(bytes);
  }
});

it('refuses text outside the base64url alphabet (padding and base64 characters included)', () => {
  expect(base64UrlBytes('ab+c')).toBeNull();
  expect(base64UrlBytes('ab/c')).toBeNull();
  expect(base64UrlBytes('abc=')).toBeNull();
});
