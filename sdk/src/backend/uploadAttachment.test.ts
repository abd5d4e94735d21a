import { expect, it, vi } from 'vitest';
import { BackendError } from '../errors';
import { ATTACHMENT_MESSAGES } from './attachmentRules';
import { createBackendClient } from './createBackendClient';
import { HttpTimeoutError } from './httpAdapter';
import type { UploadProgress, UploadRequest } from './uploadAdapter';

const INFO = { attachmentId: 'att-1', name: '发票.pdf', size: 10, contentType: 'application/pdf' };
const FILE = { name: '发票.pdf', size: 10, source: 'wxfile://tmp_1.pdf' };

/** A client whose upload adapter records its request, reports half then all, and answers `answer`. */
function uploading(answer: () => Promise<{ status: number; body: unknown }>) {
  const requests: UploadRequest[] = [];
  const uploadAdapter = vi.fn(async (request: UploadRequest) => {
    requests.push(request);
    request.onProgress({ sent: 5, total: 10 });
    request.onProgress({ sent: 10, total: 10 });
    return { headers: {}, ...(await answer()) };
  });
  const client = createBackendClient({
    baseUrl: 'https://backend.test',
    adapter: () => Promise.reject(new Error('no JSON requests here')),
    uploadAdapter,
    sessionToken: 'tok-1',
  });
  return { client, requests };
}

it('uploads a 附件 through the upload adapter with the session, its field and progress', async () => {
  const { client, requests } = uploading(() => Promise.resolve({ status: 201, body: JSON.stringify(INFO) }));
  const progress: UploadProgress[] = [];
  expect(await client.uploadAttachment(FILE, (p) => progress.push(p))).toEqual(INFO);
  expect(requests[0]).toMatchObject({
    url: 'https://backend.test/api/v1/attachments',
    headers: { Accept: 'application/json', Authorization: 'Bearer tok-1' },
    fieldName: 'file',
    formData: { fileName: '发票.pdf' },
    file: FILE,
    timeoutMs: 120_000,
  });
  expect(progress).toEqual([
    { sent: 5, total: 10 },
    { sent: 10, total: 10 },
  ]);
});

it('turns a refused upload into a BackendError with the backend’s Chinese message', async () => {
  const { client } = uploading(() =>
    Promise.resolve({
      status: 415,
      body: JSON.stringify({ code: 'ATTACHMENT_TYPE', message: ATTACHMENT_MESSAGES.badType }),
    }),
  );
  const error = await client.uploadAttachment(FILE).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BackendError);
  expect((error as BackendError).message).toBe(ATTACHMENT_MESSAGES.badType);
});

it('fails an upload that gets no answer with NETWORK, one past its deadline with TIMEOUT', async () => {
  const lost = uploading(() => Promise.reject(new Error('uploadFile:fail')));
  expect(((await lost.client.uploadAttachment(FILE).catch((e: unknown) => e)) as BackendError).code).toBe(
    'NETWORK',
  );
  const late = uploading(() => Promise.reject(new HttpTimeoutError('uploadFile:fail timeout')));
  expect(((await late.client.uploadAttachment(FILE).catch((e: unknown) => e)) as BackendError).code).toBe(
    'TIMEOUT',
  );
});

it('asks for a 附件 by id', async () => {
  const client = createBackendClient({
    baseUrl: 'https://backend.test',
    sessionToken: 'tok-1',
    adapter: (request) => {
      expect(request.url).toBe('https://backend.test/api/v1/attachments/att-1');
      return Promise.resolve({ status: 200, headers: {}, body: JSON.stringify(INFO) });
    },
  });
  expect(await client.getAttachment('att-1')).toEqual(INFO);
});
