import { expect, it } from 'vitest';
import { REQUEST_REFUSALS } from './requestRefusals';

/** Refusals of routes only host teams call (the face service's key registration), not the app. */
const DEVELOPER_ONLY: ReadonlySet<string> = new Set(['BAD_FACE_KEY']);

/** The file formats and size unit a 附件's refusal names, which users read as they are (the mini-app allows them too). */
const FILE_WORDS = /PDF|JPG|PNG|MB/g;

it('refuses the requests the app sends in Chinese, with no English word (a header name, a format)', () => {
  for (const [code, { message }] of Object.entries(REQUEST_REFUSALS)) {
    if (DEVELOPER_ONLY.has(code)) continue;
    expect(message, code).toMatch(/[\u4e00-\u9fff]/);
    expect(message.replace(FILE_WORDS, ''), code).not.toMatch(/[A-Za-z]{2,}/);
  }
});
