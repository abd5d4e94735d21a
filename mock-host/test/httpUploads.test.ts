// 附件 uploads through the mock host's HTTP server: a file goes through, an oversized body is refused
// with 413 JSON after at most the upload bound is read, and the server stays up.
import { expect, it } from 'vitest';
import {
  ATTACHMENT_LIMITS,
  ATTACHMENT_MESSAGES,
  createBackendClient,
  createFetchUploadAdapter,
} from '@hushi/sdk';
import { DEMO_AUTH_CODE } from '../src/backend/seedPersons';
import { MAX_UPLOAD_BODY_BYTES } from '../src/multipartBody';
import { rawRequest } from './rawHttp';
import { useMockHostServer } from './support/mockHostServer';

const http = useMockHostServer();

const PDF_HEAD = [0x25, 0x50, 0x44, 0x46, 0x2d];

it('uploads a 附件 over HTTP and refuses an oversized one with 413 JSON, staying up', async () => {
  const client = createBackendClient({ baseUrl: http.server.url, uploadAdapter: createFetchUploadAdapter() });
  await client.exchangeSession(DEMO_AUTH_CODE);
  const bytes = new Uint8Array(ATTACHMENT_LIMITS.maxBytes);
  bytes.set(PDF_HEAD);
  const info = await client.uploadAttachment({
    name: '满.pdf',
    size: bytes.length,
    source: new Blob([bytes]),
  });
  expect(info).toMatchObject({
    name: '满.pdf',
    size: ATTACHMENT_LIMITS.maxBytes,
    contentType: 'application/pdf',
  });

  const boundary = 'hushi-test-boundary';
  const over = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="大.pdf"\r\n` +
        'content-type: application/pdf\r\n\r\n%PDF-',
    ),
    Buffer.alloc(MAX_UPLOAD_BODY_BYTES),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  for (const chunked of [false, true]) {
    const reply = await rawRequest(http.server.url, {
      method: 'POST',
      path: '/api/v1/attachments',
      headers: {
        authorization: `Bearer ${client.sessionToken ?? ''}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      body: over,
      chunked,
    });
    expect(reply.status).toBe(413);
    expect(reply.json).toEqual({ code: 'ATTACHMENT_TOO_LARGE', message: ATTACHMENT_MESSAGES.tooLarge });
  }
  // A JSON route keeps its own, smaller bound.
  const json = await rawRequest(http.server.url, {
    method: 'POST',
    path: '/api/v1/sessions',
    headers: { 'content-type': 'application/json' },
    body: Buffer.alloc(2 * 1024 * 1024, 0x20),
  });
  expect(json.status).toBe(413);
  expect(await client.getAttachment(info.attachmentId)).toEqual(info);
}, 60_000);
