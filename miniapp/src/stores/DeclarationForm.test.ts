import { runInAction } from 'mobx';
import { expect, it, vi } from 'vitest';
import { ENTRY_DECLARATION_FIELDS, IMPORT_DECLARATION_FIELDS } from '@hushi/sdk';
import type { BackendClient, Bridge, EntryDeclaration, FieldDefinition, SubmitterRole } from '@hushi/sdk';
import { SEED_ENTRUSTED, sampleEntryInput } from '../../../mock-host/src/backend/seedDeclarations';
import type { Services } from '../services/createServices';
import { DeclarationForm } from './DeclarationForm';
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
  const client = {
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
  return { client, form: new DeclarationForm(services, session) };
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
  expect(form.displayValue(header('importExportFlag'), form.header)).toBe('1-进口');
  expect(form.displayValue(header('declarantCategory'), form.header)).toBe('1-边民');
  expect(form.displayValue(header('idNumber'), form.header)).toBe('532*****317');
  expect(form.displayValue(header('preEntryNumber'), form.header)).toBe('');
  expect(form.listsOn('基本信息')).toEqual([]);
  expect(form.listsOn('商品信息')).toEqual(['goods', 'qualifications']);
});

it('shows a representative the 委托边民 and the group, and sends them', async () => {
  const { form } = setUp({}, 'mutualAidGroup');
  await form.start('import', 'new');
  expect(form.tabs).toEqual(['基本信息', '商品信息']);
  expect(form.listsOn('基本信息')).toEqual(['entrustedResidents']);
  const groupCode = IMPORT_DECLARATION_FIELDS.header.find((f) => f.key === 'groupCode');
  expect(groupCode && form.displayValue(groupCode, form.header)).toBe('HZZ5328220001');
  expect(form.displayValue(header('declarantCategory'), form.header)).toBe('2-互助组');
  const index = form.addLine('entrustedResidents');
  const resident = SEED_ENTRUSTED[0];
  if (!resident) throw new Error('seed');
  for (const [key, value] of Object.entries(resident))
    form.setLine('entrustedResidents', index, key, String(value));
  expect(form.toInput().entrustedResidents).toEqual([resident]);
});

it('computes 申报总价 from 申报数量 × 申报单价, rounded half up', async () => {
  const { form } = setUp();
  await form.start('entry', 'new');
  const index = form.addLine('goods');
  form.setLine('goods', index, 'quantity', '2.5');
  form.setLine('goods', index, 'unitPrice', '1.99');
  expect(form.lists.goods[index]).toMatchObject({ lineNo: '1', totalPrice: '4.98' });
});

it('修改 loads the record with its echoes, the 身份证号 masked', async () => {
  const { form, client } = setUp();
  await form.start('entry', 'modify', '202601000000000042');
  expect(client.getDetail).toHaveBeenCalledWith('entry', '202601000000000042');
  expect(form.preEntryNumber).toBe('202601000000000042');
  expect(form.displayValue(header('idNumber'), form.header)).toBe('532*****429');
  expect(form.displayValue(header('status'), form.header)).toBe('暂存');
  expect(form.displayValue(header('importExportFlag'), form.header)).toBe('1-进口');
  expect(form.displayValue(header('supervisionSiteCode'), form.header)).toBe(
    'ASDFG000015-打洛边民互市监管场所',
  );
  expect(form.toInput()).toEqual(sampleEntryInput());
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
    expect(form.displayValue(header('supervisionSiteName'), form.header)).toBe('打洛边民互市监管场所');
    form.setHeader('customsCode', '0701');
    // The 关区 changed: no site is picked, so no site name either.
    expect(form.displayValue(header('supervisionSiteName'), form.header)).toBe('');
    await vi.waitFor(() => {
      expect(client.getSupervisionSites).toHaveBeenCalledWith('0701');
    });
    await vi.waitFor(() => {
      expect(form.sites.map((site) => site.code)).toEqual(['ELHT00000001']);
    });
    form.setHeader('supervisionSiteCode', 'ELHT00000001');
    expect(form.displayValue(header('supervisionSiteName'), form.header)).toBe(
      '二连浩特边民互市贸易区监管场所',
    );
    expect(form.toInput().header).toMatchObject({ customsCode: '0701', supervisionSiteCode: 'ELHT00000001' });
  },
);

it('a changed 商铺编号 of a goods line drops the echoed 商铺名称', async () => {
  const { form } = setUp();
  await form.start('entry', 'modify', '202601000000000042');
  const derived = ENTRY_DECLARATION_FIELDS.goods.find((f) => f.derivedFrom === 'shopCode');
  if (!derived) throw new Error('no field derived from shopCode');
  runInAction(() => {
    const line = form.lists.goods[0];
    if (line) line[derived.key] = '旧商铺';
  });
  form.setLine('goods', 0, 'shopCode', 'SHOP-NEW');
  expect(form.lists.goods[0]?.[derived.key]).toBe('');
});

it('复制 has the backend copy the record into a new 暂存 and edits that one', async () => {
  const { form, client } = setUp();
  await form.start('entry', 'copy', '202601000000000042');
  expect(client.copy).toHaveBeenCalledWith('entry', '202601000000000042');
  expect(client.getDetail).toHaveBeenCalledWith('entry', '202601000000000099');
  expect(form.preEntryNumber).toBe('202601000000000099');
});

it('暂存 echoes the 预录入编号 and saves the same draft next time', async () => {
  const { form, client } = setUp();
  await form.start('entry', 'new');
  form.setHeader('billNumber', 'TY-1');
  expect(await form.saveDraft()).toBe(true);
  expect(form.header.preEntryNumber).toBe('202601000000000123');
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
  form.addLine('vehicles');
  form.setActiveTab('商品信息');
  expect(form.validate()).toBe(false);
  expect(form.prompt).toBe('请输入车牌号');
  expect(form.activeTab).toBe('车辆信息');
  expect(form.isInvalid('vehicles', 'plateNumber', 0)).toBe(true);
});
