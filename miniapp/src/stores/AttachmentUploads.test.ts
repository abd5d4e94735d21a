import { expect, it } from 'vitest';
import { ATTACHMENT_MESSAGES, BackendError } from '@hushi/sdk';
import type { AttachmentInfo, UploadFile, UploadProgress } from '@hushi/sdk';
import { AttachmentUploads } from './AttachmentUploads';

const INFO: AttachmentInfo = {
  attachmentId: 'att-1',
  name: '发票.pdf',
  size: 10,
  contentType: 'application/pdf',
};
const FILE: UploadFile = { name: '发票.pdf', size: 10, source: 'wxfile://tmp_1.pdf' };

/** A backend whose upload reports half, then waits for `finish`. */
function backend() {
  let finish: (outcome: AttachmentInfo | Error) => void = () => undefined;
  const asked: string[] = [];
  return {
    asked,
    finish: (outcome: AttachmentInfo | Error) => {
      finish(outcome);
    },
    client: {
      uploadAttachment: (_file: UploadFile, onProgress?: (p: UploadProgress) => void) =>
        new Promise<AttachmentInfo>((resolve, reject) => {
          onProgress?.({ sent: 5, total: 10 });
          finish = (outcome) => {
            if (outcome instanceof Error) reject(outcome);
            else resolve(outcome);
          };
        }),
      getAttachment: (id: string) => {
        asked.push(id);
        return Promise.resolve({ ...INFO, attachmentId: id });
      },
    },
  };
}

it('refuses a file of another type or too large before sending it, with no 重试', async () => {
  const fake = backend();
  const uploads = new AttachmentUploads(fake.client);
  const line = {};
  expect(await uploads.upload(line, { ...FILE, name: '病毒.exe' })).toBeUndefined();
  expect(uploads.uploadOf(line)).toMatchObject({ error: ATTACHMENT_MESSAGES.badType, retry: undefined });
  expect(await uploads.upload(line, { ...FILE, size: 6 * 1024 * 1024 })).toBeUndefined();
  expect(uploads.uploadOf(line)?.error).toBe(ATTACHMENT_MESSAGES.tooLarge);
  expect(uploads.busyFor([line])).toBe(false);
});

it('shows the progress, then knows the file; a failed upload offers 重试 with the same file', async () => {
  const fake = backend();
  const uploads = new AttachmentUploads(fake.client);
  const line = {};
  const done = uploads.upload(line, FILE);
  expect(uploads.uploadOf(line)).toMatchObject({ name: '发票.pdf', percent: 50, error: undefined });
  expect(uploads.busyFor([line])).toBe(true);
  expect(uploads.busyFor([{}])).toBe(false);
  fake.finish(INFO);
  expect(await done).toBe('att-1');
  expect(uploads.uploadOf(line)).toBeUndefined();
  expect(uploads.infoOf('att-1')).toEqual(INFO);

  const failed = uploads.upload(line, FILE);
  fake.finish(new BackendError('NETWORK', '网络连接失败，请检查网络后重试'));
  expect(await failed).toBeUndefined();
  expect(uploads.uploadOf(line)).toMatchObject({ error: '网络连接失败，请检查网络后重试', retry: FILE });
  expect(uploads.busyFor([line])).toBe(false);
});

it('asks the backend once for a file it does not know', async () => {
  const fake = backend();
  const uploads = new AttachmentUploads(fake.client);
  uploads.load('att-9');
  uploads.load('att-9');
  uploads.load('');
  await Promise.resolve();
  expect(fake.asked).toEqual(['att-9']);
  expect(uploads.infoOf('att-9')?.attachmentId).toBe('att-9');
});
