import { runInAction } from 'mobx';
import { expect, it, vi } from 'vitest';
import { BackendError, ENTRY_DECLARATION_FIELDS, IMPORT_DECLARATION_FIELDS } from '@hushi/sdk';
import type {
  AttachmentInfo,
  BackendClient,
  Bridge,
  EntryDeclaration,
  FieldDefinition,
  SubmitterRole,
} from '@hushi/sdk';
import { SEED_ENTRUSTED, sampleEntryInput } from '@hushi/mock-host/seed';
import type { Services } from '../services/createServices';
import { createMemoryDeviceStorage } from '../services/deviceStorage';
import { DeclarationForm } from './DeclarationForm';
import { KeptForms, parseKeptForm } from './keptForms';
import { SessionStore } from './SessionStore';

const DETAIL: EntryDeclaration = {
  ...sampleEntryInput(),
  header: {
    ...sampleEntryInput().header,
    preEntryNumber: '202601000000000042',
    declarationNumber: null,
    declaredAt: null,
    status: 'draft',
    declarantCategory: '1',
    idNumber: '532822198803120429',
    declarantName: '玉香南',
    importExportFlag: '1',
    supervisionSiteName: '打洛边民互市监管场所',
  },
  entrustedResidents: [],
};

function setUp(backend: Partial<BackendClient> = {}, role: SubmitterRole = 'resident') {
  let keys = 0;
  const client = {
    newIdempotencyKey: vi.fn(() => `key-${++keys}`),
    getSupervisionSites: vi.fn(() =>
      Promise.resolve([{ code: 'ASDFG000015', name: '打洛边民互市监管场所', customsCode: '8609' }]),
    ),
    getDetail: vi.fn(() => Promise.resolve(DETAIL)),
    copy: vi.fn(() => Promise.resolve({ preEntryNumber: '202601000000000099', status: 'draft' as const })),
    saveDraft: vi.fn(() =>
      Promise.resolve({ preEntryNumber: '202601000000000123', status: 'draft' as const }),
    ),
    ...backend,
  };
  const services: Services = {
    backend: client as unknown as BackendClient,
    bridge: () => Promise.resolve({} as Bridge),
  };
  const session = new SessionStore(services);
  runInAction(() => {
    session.role = role;
    session.account = {
      realNameVerified: true,
      name: '岩罕章',
      maskedIdNumber: '532*****317',
      identities: [{ role, available: true, groupCode: 'HZZ5328220001', groupName: '打洛镇曼山边民互助组' }],
    };
  });
  const storage = createMemoryDeviceStorage();
  return { client, storage, session, form: new DeclarationForm(services, session, new KeptForms(storage)) };
}

const header = (key: string): FieldDefinition => {
  const field = ENTRY_DECLARATION_FIELDS.header.find((f) => f.key === key);
  if (!field) throw new Error(key);
  return field;
};

it('opens a new 进境申报单 with the echoes and the account, and no 委托边民 for a 边民', async () => {
  const { form } = setUp();
  await form.start('entry', 'new');
  expect(form.tabs).toEqual(['基本信息', '商品信息', '车辆信息', '随附单证']);
  expect(form.displayValue(header('importExportFlag'), form.draft.header)).toBe('1-进口');
  expect(form.displayValue(header('declarantCategory'), form.draft.header)).toBe('1-边民');
  expect(form.displayValue(header('idNumber'), form.draft.header)).toBe('532*****317');
  expect(form.displayValue(header('preEntryNumber'), form.draft.header)).toBe('');
  expect(form.listsOn('基本信息')).toEqual([]);
  expect(form.listsOn('商品信息')).toEqual(['goods', 'qualifications']);
});

it('shows a representative the 委托边民 and the group, and sends them', async () => {
  const { form } = setUp({}, 'mutualAidGroup');
  await form.start('import', 'new');
  expect(form.tabs).toEqual(['基本信息', '商品信息']);
  expect(form.listsOn('基本信息')).toEqual(['entrustedResidents']);
  const groupCode = IMPORT_DECLARATION_FIELDS.header.find((f) => f.key === 'groupCode');
  expect(groupCode && form.displayValue(groupCode, form.draft.header)).toBe('HZZ5328220001');
  expect(form.displayValue(header('declarantCategory'), form.draft.header)).toBe('2-互助组');
  const index = form.draft.addLine('entrustedResidents');
  const resident = SEED_ENTRUSTED[0];
  if (!resident) throw new Error('seed');
  for (const [key, value] of Object.entries(resident))
    form.setLine('entrustedResidents', index, key, String(value));
  expect(form.draft.toInput().entrustedResidents).toEqual([resident]);
});

it('computes 申报总价 from 申报数量 × 申报单价, rounded half up', async () => {
  const { form } = setUp();
  await form.start('entry', 'new');
  const index = form.draft.addLine('goods');
  form.setLine('goods', index, 'quantity', '2.5');
  form.setLine('goods', index, 'unitPrice', '1.99');
  expect(form.draft.lists.goods[index]).toMatchObject({ lineNo: '1', totalPrice: '4.98' });
});

it('修改 loads the record with its echoes, the 身份证号 masked', async () => {
  const { form, client } = setUp();
  await form.start('entry', 'modify', '202601000000000042');
  expect(client.getDetail).toHaveBeenCalledWith('entry', '202601000000000042');
  expect(form.draft.preEntryNumber).toBe('202601000000000042');
  expect(form.displayValue(header('idNumber'), form.draft.header)).toBe('532*****429');
  expect(form.displayValue(header('status'), form.draft.header)).toBe('暂存');
  expect(form.displayValue(header('importExportFlag'), form.draft.header)).toBe('1-进口');
  expect(form.displayValue(header('supervisionSiteCode'), form.draft.header)).toBe(
    'ASDFG000015-打洛边民互市监管场所',
  );
  expect(form.draft.toInput()).toEqual(sampleEntryInput());
});

it.each(['modify', 'copy', 'change'] as const)(
  'in %s, 监管场所名称 follows the 监管场所编号 picked now, not the loaded echo',
  async (mode) => {
    const { form, client } = setUp({
      getSupervisionSites: vi.fn((customsCode: string) =>
        Promise.resolve(
          customsCode === '0701'
            ? [{ code: 'ELHT00000001', name: '二连浩特边民互市贸易区监管场所', customsCode: '0701' }]
            : [{ code: 'ASDFG000015', name: '打洛边民互市监管场所', customsCode: '8609' }],
        ),
      ),
    });
    await form.start('entry', mode, '202601000000000042');
    expect(form.displayValue(header('supervisionSiteName'), form.draft.header)).toBe('打洛边民互市监管场所');
    form.setHeader('customsCode', '0701');
    // The 关区 changed: no site is picked, so no site name either.
    expect(form.displayValue(header('supervisionSiteName'), form.draft.header)).toBe('');
    await vi.waitFor(() => {
      expect(client.getSupervisionSites).toHaveBeenCalledWith('0701');
    });
    await vi.waitFor(() => {
      expect(form.siteList.sites.map((site) => site.code)).toEqual(['ELHT00000001']);
    });
    form.setHeader('supervisionSiteCode', 'ELHT00000001');
    expect(form.displayValue(header('supervisionSiteName'), form.draft.header)).toBe(
      '二连浩特边民互市贸易区监管场所',
    );
    expect(form.draft.toInput().header).toMatchObject({
      customsCode: '0701',
      supervisionSiteCode: 'ELHT00000001',
    });
  },
);

it('a changed 商铺编号 of a goods line drops the echoed 商铺名称', async () => {
  const { form } = setUp();
  await form.start('entry', 'modify', '202601000000000042');
  const derived = ENTRY_DECLARATION_FIELDS.goods.find((f) => f.derivedFrom === 'shopCode');
  if (!derived) throw new Error('no field derived from shopCode');
  runInAction(() => {
    const line = form.draft.lists.goods[0];
    if (line) line[derived.key] = '旧商铺';
  });
  form.setLine('goods', 0, 'shopCode', 'SHOP-NEW');
  expect(form.draft.lists.goods[0]?.[derived.key]).toBe('');
});

it('复制 has the backend copy the record into a new 暂存 and edits that one', async () => {
  const { form, client } = setUp();
  await form.start('entry', 'copy', '202601000000000042');
  expect(client.copy).toHaveBeenCalledWith('entry', '202601000000000042');
  expect(client.getDetail).toHaveBeenCalledWith('entry', '202601000000000099');
  expect(form.draft.preEntryNumber).toBe('202601000000000099');
});

it('暂存 echoes the 预录入编号 and saves the same draft next time', async () => {
  const { form, client } = setUp();
  await form.start('entry', 'new');
  form.setHeader('billNumber', 'TY-1');
  expect(await form.saveDraft()).toBe('saved');
  expect(form.draft.header.preEntryNumber).toBe('202601000000000123');
  await form.saveDraft();
  const [kind, request] = vi.mocked(client.saveDraft).mock.lastCall ?? [];
  expect(kind).toBe('entry');
  expect(request).toMatchObject({
    declaration: { header: { billNumber: 'TY-1' } },
    preEntryNumber: '202601000000000123',
  });
});

it('turns to the tab of the first invalid field', async () => {
  const { form } = setUp();
  await form.start('entry', 'new');
  const input = sampleEntryInput();
  form.setHeader('customsCode', input.header.customsCode);
  for (const [key, value] of Object.entries(input.header)) form.setHeader(key, String(value));
  form.draft.addLine('vehicles');
  form.setActiveTab('商品信息');
  expect(form.validate()).toBe(false);
  expect(form.prompt).toBe('请输入车牌号');
  expect(form.activeTab).toBe('车辆信息');
  expect(form.isInvalid('vehicles', 'plateNumber', 0)).toBe(true);
});

it('keeps a 暂存 that got no answer with its key and sends it, once, when asked after the network returns', async () => {
  const saveDraft = vi
    .fn<BackendClient['saveDraft']>()
    .mockRejectedValueOnce(new BackendError('NETWORK', '网络连接失败，请检查网络后重试'))
    .mockRejectedValueOnce(new BackendError('TIMEOUT', '网络请求超时，请检查网络后重试'))
    .mockResolvedValue({ preEntryNumber: '202601000000000777', status: 'draft' });
  const { form } = setUp({ saveDraft });
  await form.start('entry', 'new');
  form.setHeader('billNumber', 'TY-OFFLINE');
  expect(await form.saveDraft()).toBe('queued');
  expect(form.prompt).toBeUndefined();
  expect(form.queuedSave?.idempotencyKey).toBe('key-1');
  // Typed on while offline: the queued 暂存 is the one made, as it was made.
  form.setHeader('billNumber', 'TY-LATER');
  expect(await form.sendQueuedSave()).toBe('queued');
  expect(await form.sendQueuedSave()).toBe('saved');
  expect(
    saveDraft.mock.calls.map(([, request, options]) => [
      (request.declaration.header as unknown as Record<string, unknown>).billNumber,
      options,
    ]),
  ).toEqual([
    ['TY-OFFLINE', { idempotencyKey: 'key-1' }],
    ['TY-OFFLINE', { idempotencyKey: 'key-1' }],
    ['TY-OFFLINE', { idempotencyKey: 'key-1' }],
  ]);
  expect([form.queuedSave, form.draft.preEntryNumber, form.draft.header.billNumber]).toEqual([
    undefined,
    '202601000000000777',
    'TY-LATER',
  ]);
  expect(await form.sendQueuedSave()).toBe('saved');
  expect(saveDraft).toHaveBeenCalledTimes(3);
});

it('drops a queued 暂存 the backend refused, with its message', async () => {
  const saveDraft = vi
    .fn<BackendClient['saveDraft']>()
    .mockRejectedValueOnce(new BackendError('NETWORK', '网络连接失败，请检查网络后重试'))
    .mockRejectedValueOnce(new BackendError('VALIDATION', '暂存内容格式有误', { status: 422 }));
  const { form } = setUp({ saveDraft });
  await form.start('entry', 'new');
  form.setHeader('billNumber', 'TY-2');
  await form.saveDraft();
  expect(await form.sendQueuedSave()).toBe('failed');
  expect([form.queuedSave, form.prompt]).toEqual([undefined, '暂存内容格式有误']);
});

it('keeps nothing before a change, then the form as typed, per person, identity and kind', async () => {
  const { form, session, storage } = setUp();
  await form.start('entry', 'new');
  expect(form.keptForm).toBeUndefined();
  form.setHeader('billNumber', 'TY-KEPT');
  form.setLine('goods', form.draft.addLine('goods'), 'goodsName', '大米');
  const kept = form.keptForm;
  expect(kept).toMatchObject({ kind: 'entry', mode: 'new', draftId: form.draft.draftId });
  expect(kept?.header.billNumber).toBe('TY-KEPT');
  expect(kept?.lists.goods).toEqual([{ lineNo: '1', goodsName: '大米' }]);
  expect(session.ownerKey).toBe('532*****317/岩罕章/resident');
  // Another store on the same phone storage reads it back, and offers it when the form opens again.
  const keptForms = new KeptForms(storage);
  if (kept && session.ownerKey) keptForms.write(session.ownerKey, kept);
  expect(keptForms.read('532*****317/岩罕章/resident', 'entry')).toEqual(kept);
  expect(keptForms.read('532*****317/岩罕章/group', 'entry')).toBeUndefined();
  expect(keptForms.read('532*****317/岩罕章/resident', 'import')).toBeUndefined();
});

it('offers the kept form when the form opens, restores it on 恢复 and forgets it on 放弃', async () => {
  const { form, session, storage } = setUp();
  const keptForms = new KeptForms(storage);
  await form.start('entry', 'new');
  form.setHeader('customsCode', '8609');
  form.setHeader('billNumber', 'TY-RESTORE');
  const kept = form.keptForm;
  if (!kept || !session.ownerKey) throw new Error('nothing kept');
  keptForms.write(session.ownerKey, {
    ...kept,
    queuedSave: { idempotencyKey: 'key-9', request: { declaration: form.draft.toInput() } },
  });
  await form.start('entry', 'new');
  expect(form.draft.header.billNumber).toBeUndefined();
  expect(form.offer?.header.billNumber).toBe('TY-RESTORE');
  form.acceptOffer();
  expect([
    form.offer,
    form.draft.header.billNumber,
    form.draft.draftId,
    form.queuedSave?.idempotencyKey,
  ]).toEqual([undefined, 'TY-RESTORE', kept.draftId, 'key-9']);
  await vi.waitFor(() => {
    expect(form.siteList.phase).toBe('ready');
  });
  // 修改 of another declaration does not offer a new one's form; a new form does, until 放弃.
  await form.start('entry', 'modify', '202601000000000042');
  expect(form.offer).toBeUndefined();
  await form.start('entry', 'new');
  form.declineOffer();
  expect(form.offer).toBeUndefined();
  await form.start('entry', 'new');
  expect(form.offer).toBeUndefined();
});

it('refuses kept data of another shape instead of loading it into the form', () => {
  const entry = { kind: 'entry', mode: 'new', draftId: 'd', header: {}, lists: {}, keptAt: 1 };
  expect(parseKeptForm(entry, 'entry')).toMatchObject({ kind: 'entry', lists: { goods: [] } });
  for (const bad of [
    null,
    'text',
    { ...entry, kind: 'import' },
    { ...entry, mode: 'delete' },
    { ...entry, header: { billNumber: 3 } },
    { ...entry, lists: { goods: [{ goodsName: null }] } },
    { ...entry, lists: { goods: 'x' } },
    { ...entry, queuedSave: { idempotencyKey: 1 } },
    { ...entry, keptAt: '1' },
  ]) {
    expect(parseKeptForm(bad, 'entry')).toBeUndefined();
  }
});

it('asks for the 关区 before the 监管场所 picker opens, and opens it once a 关区 is picked', async () => {
  const { form } = setUp();
  await form.start('entry', 'new');
  const site = header('supervisionSiteCode');
  expect(form.mayOpenPicker(header('customsCode'))).toBe(true);
  expect(form.mayOpenPicker(site)).toBe(false);
  expect(form.prompt).toBe('请先选择关区代码');
  expect(form.isInvalid('header', 'customsCode')).toBe(true);
  form.setField({ part: 'header', key: 'customsCode' }, '8609');
  expect(form.prompt).toBeUndefined();
  expect(form.mayOpenPicker(site)).toBe(true);
});

it('sets a picked value in the header or in a line, and offers 暂存 except in 变更', async () => {
  const { form } = setUp();
  await form.start('entry', 'new');
  expect(form.canSaveDraft).toBe(true);
  const line = form.draft.addLine('goods');
  form.setField({ part: 'goods', index: line, key: 'originCountry' }, '106');
  form.setField({ part: 'header', key: 'businessMode' }, '01');
  expect(form.draft.lists.goods[line]?.originCountry).toBe('106');
  expect(form.draft.header.businessMode).toBe('01');
  await form.start('entry', 'change', '202601000000000042');
  expect(form.canSaveDraft).toBe(false);
});

it('keeps a snapshot of the draft that later edits do not change', async () => {
  const { form } = setUp();
  await form.start('entry', 'new');
  form.setHeader('billNumber', 'TY-1');
  form.draft.addLine('goods');
  const kept = form.keptForm;
  form.setHeader('billNumber', 'TY-2');
  form.setLine('goods', 0, 'goodsName', '菠萝');
  expect(kept?.header.billNumber).toBe('TY-1');
  expect(kept?.lists.goods[0]?.goodsName).toBeUndefined();
  expect(form.keptForm?.header.billNumber).toBe('TY-2');
});

it('refers a 随附单证 line to its uploaded 附件, waits for an upload before 暂存, and 删除 clears it', async () => {
  let finish: (info: AttachmentInfo) => void = () => undefined;
  const { form, client } = setUp({
    uploadAttachment: vi.fn(
      () =>
        new Promise<AttachmentInfo>((resolve) => {
          finish = resolve;
        }),
    ),
  });
  await form.start('entry', 'new');
  const index = form.draft.addLine('attachments');
  form.setLine('attachments', index, 'documentNumber', 'FP-001');
  const uploading = form.attachFile(index, { name: '发票.pdf', size: 10, source: 'wxfile://tmp_1.pdf' });
  expect(await form.saveDraft()).toBe('failed');
  expect(form.prompt).toBe('附件正在上传，请稍候');
  expect(client.saveDraft).not.toHaveBeenCalled();
  finish({ attachmentId: 'att-1', name: '发票.pdf', size: 10, contentType: 'application/pdf' });
  await uploading;
  expect(form.draft.lists.attachments[index]).toMatchObject({
    documentNumber: 'FP-001',
    attachmentId: 'att-1',
  });
  form.removeAttachment(index);
  expect(form.draft.lists.attachments[index]?.attachmentId).toBe('');
  expect(form.draft.lists.attachments[index]?.documentNumber).toBe('FP-001');
});
