// 附件: the upload route, its checks (type by the bytes, size, an empty or missing file), ownership, the
// person's bounds, and 暂存/申报 refusing a 随附单证 whose attachmentId is not the owner's; the sdk's real
// client over msw/node, on PGlite (backendAttachments.postgres.test.ts runs it on PostgreSQL).
import { expect, it } from 'vitest';
import { ATTACHMENT_LIMITS, ATTACHMENT_MESSAGES, createBackendClient } from '@hushi/sdk';
import type { BackendClient, EntryDeclarationInput, UploadFile } from '@hushi/sdk';
import { DALUO_INSIDE } from '../src/backend/seedFences';
import { sampleEntryInput } from '../src/backend/seedDeclarations';
import { backendFailure } from './support/backendFailure';
import { BACKEND_BASE_URL, useBackendOverMsw } from './support/backendOverMsw';
import type { SeedPersonKey } from './support/backendOverMsw';

const BASE = BACKEND_BASE_URL;
const { backend, login: loginAs } = await useBackendOverMsw();
const login = (who: SeedPersonKey): Promise<BackendClient> => loginAs(who, 'resident');

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d];

/** A file to upload: `head` then `size - head.length` more bytes. */
function file(
  name: string,
  head: readonly number[],
  size = head.length,
  type = 'application/pdf',
): UploadFile {
  const bytes = new Uint8Array(size);
  bytes.set(head.slice(0, size));
  return { name, size, source: new Blob([bytes], { type }) };
}

const failure = backendFailure;

/** The sample 进境申报单 with one 随附单证 line referring to `attachmentId`. */
function withAttachment(attachmentId: string): EntryDeclarationInput {
  return {
    ...sampleEntryInput(),
    attachments: [{ documentType: '01', documentNumber: 'FP-001', attachmentId }],
  };
}

it('uploads a PDF and a PNG, typed by their bytes, and gives them back to their owner only', async () => {
  const client = await login('resident');
  const progress: number[] = [];
  const pdf = await client.uploadAttachment(file('发票.pdf', PDF, 2048), (p) => progress.push(p.sent));
  expect(pdf).toEqual({
    attachmentId: expect.stringMatching(/^att-[A-Za-z0-9_-]+$/) as string,
    name: '发票.pdf',
    size: 2048,
    contentType: 'application/pdf',
  });
  expect(progress.at(-1)).toBe(2048);
  // Declared as a PDF, its bytes say PNG: the bytes decide.
  const png = await client.uploadAttachment(file('照片.pdf', PNG, 100, 'application/pdf'));
  expect(png.contentType).toBe('image/png');
  expect(await client.getAttachment(pdf.attachmentId)).toEqual(pdf);
  const other = await login('groupRepresentative');
  expect(await failure(other.getAttachment(pdf.attachmentId))).toMatchObject({
    code: 'NOT_FOUND',
    message: ATTACHMENT_MESSAGES.notFound,
  });
});

it('refuses a file whose bytes are no PDF, JPEG or PNG, an empty one and an oversized one, in Chinese', async () => {
  const client = await login('resident');
  // An executable renamed to .pdf and declared application/pdf.
  expect(await failure(client.uploadAttachment(file('发票.pdf', [0x4d, 0x5a, 0x90, 0], 64)))).toMatchObject({
    message: ATTACHMENT_MESSAGES.badType,
  });
  expect(await failure(client.uploadAttachment(file('空.pdf', [], 0)))).toMatchObject({
    message: ATTACHMENT_MESSAGES.empty,
  });
  expect(
    await failure(client.uploadAttachment(file('大.pdf', PDF, ATTACHMENT_LIMITS.maxBytes + 1))),
  ).toMatchObject({ message: ATTACHMENT_MESSAGES.tooLarge });
  // A form without the file, and a body that is no form.
  const token = client.sessionToken ?? '';
  const noFile = new FormData();
  noFile.append('other', 'x');
  const bare = await fetch(`${BASE}/api/v1/attachments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: noFile,
  });
  expect(bare.status).toBe(400);
  expect(await bare.json()).toEqual({ code: 'NO_FILE', message: ATTACHMENT_MESSAGES.noFile });
  const json = await fetch(`${BASE}/api/v1/attachments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: '{}',
  });
  expect(json.status).toBe(400);
  expect(((await json.json()) as { code: string }).code).toBe('BAD_MULTIPART');
});

it('keeps the picked name a mini-program sends as `fileName`, not its temp path, without path or control characters', async () => {
  const client = await login('resident');
  const form = new FormData();
  form.append('fileName', 'C:\\扫描\\发票\u0007.pdf');
  form.append('file', new Blob([new Uint8Array(PDF)]), 'tmp_8c1f.pdf');
  const reply = await fetch(`${BASE}/api/v1/attachments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${client.sessionToken ?? ''}` },
    body: form,
  });
  expect(reply.status).toBe(201);
  expect(((await reply.json()) as { name: string }).name).toBe('发票.pdf');
});

it('needs a session to upload', async () => {
  const client = createBackendClient({ baseUrl: BASE, sessionToken: 'expired' });
  expect((await failure(client.uploadAttachment(file('a.pdf', PDF)))).code).toBe('SESSION_EXPIRED');
});

it('refuses to 暂存 or 申报 a 随附单证 whose 附件 does not exist or is someone else’s, on the line', async () => {
  const owner = await login('resident');
  const mine = await owner.uploadAttachment(file('发票.pdf', PDF, 64));
  const saved = await owner.saveDraft('entry', { declaration: withAttachment(mine.attachmentId) });
  expect(saved.status).toBe('draft');
  const unknown = await failure(owner.saveDraft('entry', { declaration: withAttachment('att-nothing') }));
  expect(unknown).toMatchObject({ code: 'VALIDATION', paths: ['attachments[0].attachmentId'] });
  expect(unknown.message).toBe(ATTACHMENT_MESSAGES.notFound);

  const other = await login('groupRepresentative');
  const theirs = await other.uploadAttachment(file('别人的.pdf', PDF, 64));
  const stolen = await failure(
    owner.submit('entry', {
      declaration: withAttachment(theirs.attachmentId),
      draftId: 'draft-att-1',
      location: { ...DALUO_INSIDE, datum: 'wgs84', accuracy: 10, timestamp: Date.now() },
    }),
  );
  expect(stolen).toMatchObject({ code: 'VALIDATION', paths: ['attachments[0].attachmentId'] });
  // Nothing was written by the refused 申报.
  expect(await backend.declaration(saved.preEntryNumber)).toBeDefined();
  expect(
    (await owner.queryRecords('entry')).items.some((d) => d.preEntryNumber === saved.preEntryNumber),
  ).toBe(true);
});

it('keeps a person within their bounds: unreferenced files are dropped first, referenced ones never', async () => {
  const client = await login('resident');
  const first = await client.uploadAttachment(file('1.pdf', PDF, 32));
  const kept = await client.uploadAttachment(file('2.pdf', PDF, 32));
  await client.saveDraft('entry', { declaration: withAttachment(kept.attachmentId) });
  for (let i = 2; i < ATTACHMENT_LIMITS.maxFilesPerPerson; i++)
    await client.uploadAttachment(file(`${i + 1}.pdf`, PDF, 32));
  // At the bound: the oldest file no declaration refers to (the first) makes room.
  await client.uploadAttachment(file('新.pdf', PDF, 32));
  expect((await failure(client.getAttachment(first.attachmentId))).code).toBe('NOT_FOUND');
  expect(await client.getAttachment(kept.attachmentId)).toEqual(kept);
});

it('refuses an upload when every file the person keeps is referred to', async () => {
  const client = await login('resident');
  const lines = [];
  for (let i = 0; i < ATTACHMENT_LIMITS.maxFilesPerPerson; i++) {
    const info = await client.uploadAttachment(file(`${i}.pdf`, PDF, 16));
    lines.push({ documentType: '01', documentNumber: `FP-${i}`, attachmentId: info.attachmentId });
  }
  await client.saveDraft('entry', { declaration: { ...sampleEntryInput(), attachments: lines } });
  expect(await failure(client.uploadAttachment(file('多.pdf', PDF, 16)))).toMatchObject({
    code: 'VALIDATION',
    message: ATTACHMENT_MESSAGES.tooMany,
  });
});

it('never drops a file that a concurrent 暂存 comes to refer to', async () => {
  const client = await login('resident');
  const ids: string[] = [];
  for (let i = 0; i < ATTACHMENT_LIMITS.maxFilesPerPerson; i++)
    ids.push((await client.uploadAttachment(file(`${i}.pdf`, PDF, 16))).attachmentId);
  const oldest = ids[0] ?? '';
  // At the bound, none referred to: the upload drops the oldest unless the 暂存 referred to it first.
  const saving = client.saveDraft('entry', { declaration: withAttachment(oldest) });
  const [saved, uploaded] = await Promise.allSettled([
    saving,
    client.uploadAttachment(file('新.pdf', PDF, 16)),
  ]);
  expect(uploaded.status).toBe('fulfilled');
  if (saved.status === 'fulfilled') expect((await client.getAttachment(oldest)).attachmentId).toBe(oldest);
  else expect((await failure(saving)).paths).toEqual(['attachments[0].attachmentId']);
});
