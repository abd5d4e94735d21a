// 附件 in the real WeChat build in a simulated WeChat against the mock host: picked from a chat
// (`chooseMessageFile`) or photographed (`chooseImage`) through an action sheet, a wrong type refused
// before upload, uploaded with `wx.uploadFile` (its name in `fileName`, progress through the task), then
// declared.
import { expect, it } from 'vitest';
import { ATTACHMENT_MESSAGES } from '@hushi/sdk';
import { consoleErrors, enterMenu, lastBody, pickCode, typeInto, useWeappApp } from './support/weappApp';
import { addPineappleLine, declare, fillRoadBasics, openDeclareForm } from './support/weappDeclareForm';
import type { NodeQuery } from './support/weappView';

const weapp = useWeappApp();

const PDF = new Uint8Array([...Buffer.from('%PDF-1.7\n'), ...new Uint8Array(2048)]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Uint8Array(4096)]);

it('attaches a chat file, then a photo instead, uploaded with uploadFile and its progress, and declares it', async () => {
  await weapp.setScenarios({ location: 'inside', face: 'pass' });
  const app = weapp.launchApp();
  const menu = await enterMenu(app);
  const form = await openDeclareForm(app, menu, '进境申报单');
  await fillRoadBasics(app, form);
  await addPineappleLine(app, form);
  form.tap({ text: '随附单证', className: 'nut-tabs-titles-item' });
  form.tap({ text: '添加随附单证' });
  const line: NodeQuery = { className: 'line-card', inside: { className: 'line-list--attachments' } };
  await app.waitFor(() => form.findAll(line).length === 1, 'a 随附单证 line');
  await pickCode(app, form, { key: 'documentType', label: '单证类型', inside: line }, '01', '01-发票');
  typeInto(form, 'documentNumber', 'FP-2024-001', line);

  // A file of another type from a chat: refused on the phone, never sent.
  app.files.willPick({ actionSheet: 0, file: { name: '说明.docx', bytes: new Uint8Array(10) } });
  form.tap({ text: '选择附件', inside: line });
  await app.waitFor(() => form.texts().includes(ATTACHMENT_MESSAGES.badType), 'the type refused');
  expect(app.files.uploads).toHaveLength(0);

  app.files.willPick({ actionSheet: 0, file: { name: '发票.pdf', bytes: PDF } });
  form.tap({ text: '重新选择', inside: line });
  await app.waitFor(() => form.texts().includes('发票.pdf（2.0 KB）'), 'the chat file uploaded');
  expect(app.files.uploads[0]).toMatchObject({
    name: 'file',
    formData: { fileName: '发票.pdf' },
    headers: { authorization: expect.stringMatching(/^Bearer /) as string },
    progress: [50, 100],
  });

  // 重新选择: a photo of the camera instead (WeChat's photos keep only their temp name).
  app.files.willPick({ actionSheet: 1, file: { name: 'IMG_0001.jpg', bytes: JPEG } });
  form.tap({ text: '重新选择', inside: line });
  await app.waitFor(() => form.texts().some((text) => /^tmp_\d+\.jpg（4\.0 KB）$/.test(text)), 'the photo');
  expect(app.files.uploads).toHaveLength(2);

  const texts = await declare(app, form);
  expect(texts).toContain('状态：已申报');
  const sent = lastBody(app, 'POST /api/v1/declarations/entry/submissions') as {
    declaration: { attachments: { documentNumber: string; attachmentId: string }[] };
  };
  expect(sent.declaration.attachments).toEqual([
    {
      documentType: '01',
      documentNumber: 'FP-2024-001',
      attachmentId: expect.stringMatching(/^att-/) as string,
    },
  ]);
  expect(consoleErrors(app)).toEqual([]);
});
