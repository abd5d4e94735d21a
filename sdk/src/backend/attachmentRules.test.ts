import { expect, it } from 'vitest';
import {
  ATTACHMENT_LIMITS,
  ATTACHMENT_MESSAGES,
  attachmentProblem,
  attachmentTypeOfName,
  formatFileSize,
  sniffAttachmentType,
} from './attachmentRules';

it('knows PDF, JPEG and PNG by their first bytes, nothing else', () => {
  expect(sniffAttachmentType(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))?.contentType).toBe(
    'application/pdf',
  );
  expect(sniffAttachmentType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))?.contentType).toBe('image/jpeg');
  expect(
    sniffAttachmentType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))?.contentType,
  ).toBe('image/png');
  expect(sniffAttachmentType(new Uint8Array([0x4d, 0x5a]))).toBeUndefined();
  expect(sniffAttachmentType(new Uint8Array([0x25, 0x50]))).toBeUndefined();
});

it('checks a picked file by its ending and size before upload', () => {
  expect(attachmentTypeOfName('wxfile://tmp_AB12.JPG')?.contentType).toBe('image/jpeg');
  expect(attachmentProblem({ name: '发票.pdf', size: ATTACHMENT_LIMITS.maxBytes })).toBeUndefined();
  expect(attachmentProblem({ name: '发票.exe', size: 10 })).toBe(ATTACHMENT_MESSAGES.badType);
  expect(attachmentProblem({ name: '发票', size: 10 })).toBe(ATTACHMENT_MESSAGES.badType);
  expect(attachmentProblem({ name: '大.png', size: ATTACHMENT_LIMITS.maxBytes + 1 })).toBe(
    ATTACHMENT_MESSAGES.tooLarge,
  );
  expect(attachmentProblem({ name: '空.png', size: 0 })).toBe(ATTACHMENT_MESSAGES.empty);
});

it('shows sizes in B, KB and MB', () => {
  expect([formatFileSize(820), formatFileSize(36_045), formatFileSize(5_033_165)]).toEqual([
    '820 B',
    '35.2 KB',
    '4.8 MB',
  ]);
});
