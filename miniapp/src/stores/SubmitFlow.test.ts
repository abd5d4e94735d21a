import { runInAction } from 'mobx';
import { expect, it, vi } from 'vitest';
import { BackendError, backendErrorFromResponse, BridgeError, FENCE_MESSAGES } from '@hushi/sdk';
import type {
  BackendClient,
  Bridge,
  DeclarationReceipt,
  EntryDeclarationInput,
  FenceCollection,
  ImportDeclarationInput,
  LocationChallengeRequest,
  SubmitterRole,
} from '@hushi/sdk';
import type { LocationGetParams, LocationGetResult } from '@hushi/bridge-spec';
import { SEED_ENTRUSTED, sampleEntryInput, sampleImportInput } from '@hushi/mock-host/seed';
import { DALUO_INSIDE, FAR_OUTSIDE, SEED_CONNECTED_HEAD_CUSTOMS, SEED_FENCES } from '@hushi/mock-host/seed';
import { BRIDGE_ERROR_MESSAGES, MESSAGES } from '../messages';
import type { DeclareMode } from '../routes';
import type { Services } from '../services/createServices';
import { createMemoryDeviceStorage } from '../services/deviceStorage';
import { DeclarationForm } from './DeclarationForm';
import { KeptForms } from './keptForms';
import type { ListPart } from '@hushi/sdk';
import { SessionStore } from './SessionStore';
import { SubmitFlow } from './SubmitFlow';

/** The fence list as the backend serves it: each fence says whether its 直属关 is connected. */
const FENCES: FenceCollection = {
  ...SEED_FENCES,
  features: SEED_FENCES.features.map((f) => ({
    ...f,
    properties: {
      ...f.properties,
      connected: SEED_CONNECTED_HEAD_CUSTOMS.includes(f.properties.headCustomsCode),
    },
  })),
};

type Fix = Omit<LocationGetResult, 'mocked' | 'ticket'>;

const fix = (at: { lat: number; lng: number }, accuracy = 8): Fix => ({
  ...at,
  datum: 'wgs84',
  accuracy,
  timestamp: Date.now(),
  source: 'gps',
});

const RECEIPT: DeclarationReceipt = { preEntryNumber: '202601000000000100', status: 'declared' };

/** The nonce of the fake backend's location challenges. */
const LOCATION_NONCE = 'location-nonce-0001';

interface Host {
  /** The fix `location.get` answers (default: inside the 打洛 fence). */
  location?: () => Fix;
  /**
   * The contract of `location.get` the host follows, as its handshake declares it: `1.1.0` (the default)
   * signs a challenged fix, `1.0.0` ignores the challenge.
   */
  locationContract?: '1.0.0' | '1.1.0';
  /** What a 1.1 host adds to a challenged fix (default: `mocked: false` and a ticket naming the nonce). */
  attest?: (challenge: NonNullable<LocationGetParams['challenge']>) => Partial<LocationGetResult>;
  face?: () => string;
}

/** The ticket the fake 1.1 host signs for a challenge. */
const locationTicket = (nonce: string): string => `location-jws-${nonce}`;

/** Fake services: a backend of spies and a host whose location and face answer as `host` says. */
function fakeServices(backend: Partial<BackendClient> = {}, host: Host = {}) {
  const contract = host.locationContract ?? '1.1.0';
  const call = vi.fn((method: string, params?: LocationGetParams) => {
    if (method === 'location.get') {
      const answer = (host.location ?? (() => fix(DALUO_INSIDE)))();
      const challenge = contract === '1.1.0' ? params?.challenge : undefined;
      if (!challenge) return Promise.resolve(answer);
      const attest = host.attest ?? (({ nonce }) => ({ mocked: false, ticket: locationTicket(nonce) }));
      return Promise.resolve({ ...answer, ...attest(challenge) });
    }
    if (method === 'face.verify') return Promise.resolve({ ticket: (host.face ?? (() => 'jws'))() });
    return Promise.reject(new BridgeError('UNSUPPORTED_METHOD', method));
  });
  // Only location.get has two contracts; the fake host follows every other method's only one.
  const supports = (method: string, wanted?: string): boolean =>
    method !== 'location.get' || wanted === undefined || wanted <= contract;
  const client = {
    getSupervisionSites: vi.fn(() => Promise.resolve([])),
    getFences: vi.fn((customsCode?: string) =>
      Promise.resolve({
        ...FENCES,
        features: FENCES.features.filter(
          (f) => f.properties.customsCode === customsCode || f.properties.headCustomsCode === customsCode,
        ),
      }),
    ),
    createFaceChallenge: vi.fn((request: { purpose: 'submit' | 'authenticate'; businessId: string }) =>
      Promise.resolve({ nonce: 'n1', ...request, expiresAt: '2030-01-01T00:00:00Z' }),
    ),
    createLocationChallenge: vi.fn((request: LocationChallengeRequest) =>
      Promise.resolve({
        nonce: LOCATION_NONCE,
        purpose: 'submit' as const,
        ...request,
        expiresAt: '2030-01-01T00:00:00Z',
      }),
    ),
    submit: vi.fn(() => Promise.resolve(RECEIPT)),
    modify: vi.fn(() => Promise.resolve(RECEIPT)),
    change: vi.fn(() => Promise.resolve(RECEIPT)),
    ...backend,
  };
  const bridge = { call, supports, on: () => () => undefined } as unknown as Bridge;
  const services: Services = {
    backend: client as unknown as BackendClient,
    bridge: () => Promise.resolve(bridge),
  };
  return { services, client, call };
}

/** A form filled with `input`, as the user would, for an identity. */
function setUp(
  input: EntryDeclarationInput | ImportDeclarationInput,
  options: { role?: SubmitterRole; backend?: Partial<BackendClient>; host?: Host; mode?: DeclareMode } = {},
) {
  const fake = fakeServices(options.backend, options.host);
  const session = new SessionStore(fake.services);
  runInAction(() => {
    session.role = options.role ?? 'resident';
    session.account = {
      realNameVerified: true,
      name: '玉香南',
      maskedIdNumber: '532*****422',
      identities: [{ role: session.role, available: true }],
    };
  });
  const storage = createMemoryDeviceStorage();
  const form = new DeclarationForm(fake.services, session, new KeptForms(storage));
  void form.start(input.kind, options.mode ?? 'new');
  runInAction(() => {
    if (options.mode === 'modify' || options.mode === 'change')
      form.draft.preEntryNumber = '202601000000000007';
  });
  form.setHeader('customsCode', input.header.customsCode);
  for (const [key, value] of Object.entries(input.header)) form.setHeader(key, String(value));
  const lists: Partial<Record<ListPart, readonly object[]>> = input;
  for (const part of ['goods', 'qualifications', 'vehicles', 'attachments', 'entrustedResidents'] as const) {
    for (const line of lists[part] ?? []) {
      const index = form.draft.addLine(part);
      for (const [key, value] of Object.entries(line)) form.setLine(part, index, key, String(value));
    }
  }
  return { ...fake, storage, session, form, flow: new SubmitFlow(fake.services, session, form) };
}

it('submits an 进境申报单 of 01-区内交易 directly: no fence, no face (已申报)', async () => {
  const { flow, form, client, call } = setUp(sampleEntryInput({ businessMode: '01' }));
  expect(await flow.submit()).toBe(true);
  expect(call).not.toHaveBeenCalled();
  expect(client.getFences).not.toHaveBeenCalled();
  expect(client.submit).toHaveBeenCalledWith(
    'entry',
    { declaration: sampleEntryInput({ businessMode: '01' }), draftId: form.draft.draftId },
    {},
  );
  expect(flow.phase).toBe('succeeded');
  expect(flow.resultStatus).toBe('已申报');
});

/** What the user typed is still there (sampleEntryInput's 提运单号 and first goods line). */
function expectFormKept(form: DeclarationForm): void {
  expect(form.draft.header.billNumber).toBe('TY-0001');
  expect(form.draft.header.customsCode).toBe('8609');
  expect(form.draft.lists.goods[0]?.goodsName).toBe('菠萝');
  expect(form.draft.preEntryNumber).toBeUndefined();
}

it('checks the fence with a signed WGS-84 fix, then the face, and sends the fix and both tickets', async () => {
  const { flow, form, client, call } = setUp(sampleEntryInput());
  expect(await flow.submit()).toBe(true);
  expect(client.getFences).toHaveBeenCalledWith('8609');
  // The location challenge is bound to the draft id, like the face challenge.
  expect(client.createLocationChallenge).toHaveBeenCalledWith({ businessId: form.draft.draftId });
  expect(call).toHaveBeenNthCalledWith(1, 'location.get', {
    datum: 'wgs84',
    highAccuracy: false,
    challenge: { nonce: LOCATION_NONCE, purpose: 'declare', bizId: form.draft.draftId },
  });
  expect(client.createFaceChallenge).toHaveBeenCalledWith({
    purpose: 'submit',
    businessId: form.draft.draftId,
  });
  const sent: Record<string, unknown> = { ...vi.mocked(client.submit).mock.calls[0]?.[1] };
  // The new declaration names the draft id its tickets are bound to.
  expect(sent).toMatchObject({
    faceTicket: 'jws',
    locationTicket: locationTicket(LOCATION_NONCE),
    draftId: form.draft.draftId,
  });
  // The fix as signed, field for field: not the result's mocked and ticket.
  expect(sent.location).toEqual({
    ...DALUO_INSIDE,
    datum: 'wgs84',
    accuracy: 8,
    timestamp: expect.any(Number) as number,
    source: 'gps',
  });
});

it('asks for the location challenge along with the fences, not after them', async () => {
  let serveFences: () => void = () => undefined;
  const { flow, client } = setUp(sampleEntryInput(), {
    backend: {
      getFences: (customsCode) =>
        new Promise((resolve) => {
          serveFences = () => {
            resolve({
              ...FENCES,
              features: FENCES.features.filter((f) => f.properties.customsCode === customsCode),
            });
          };
        }),
    },
  });
  const submitted = flow.submit();
  await vi.waitFor(() => {
    expect(client.createLocationChallenge).toHaveBeenCalledTimes(1);
  });
  serveFences();
  expect(await submitted).toBe(true);
});

it('asks a 1.0 host for an unsigned fix, as before: no challenge, no ticket', async () => {
  const { flow, client, call } = setUp(sampleEntryInput(), { host: { locationContract: '1.0.0' } });
  expect(await flow.submit()).toBe(true);
  expect(client.createLocationChallenge).not.toHaveBeenCalled();
  expect(call).toHaveBeenNthCalledWith(1, 'location.get', { datum: 'wgs84', highAccuracy: false });
  const sent: Record<string, unknown> = { ...vi.mocked(client.submit).mock.calls[0]?.[1] };
  expect(sent).not.toHaveProperty('locationTicket');
  expect(sent.location).toMatchObject({ ...DALUO_INSIDE, datum: 'wgs84' });
});

it('stops before face and submit on a fix the host reports simulated; 重新定位 goes on once it is off', async () => {
  let mocked = true;
  const { flow, form, client } = setUp(sampleEntryInput(), {
    host: { attest: ({ nonce }) => ({ mocked, ticket: locationTicket(nonce) }) },
  });
  expect(await flow.submit()).toBe(false);
  expect(flow.message).toBe('检测到模拟定位，请关闭模拟定位后重试');
  expect(flow.canRelocate).toBe(true);
  expect(flow.phase).toBe('failed');
  expect(client.createFaceChallenge).not.toHaveBeenCalled();
  expect(client.submit).not.toHaveBeenCalled();
  expectFormKept(form);
  mocked = false;
  expect(await flow.relocate()).toBe(true);
  // Each try answers a challenge of its own.
  expect(client.createLocationChallenge).toHaveBeenCalledTimes(2);
});

it('refuses when the host cannot sign the fix (ATTESTATION_UNAVAILABLE), keeping the form', async () => {
  const { flow, form, client } = setUp(sampleEntryInput(), {
    host: {
      attest: () => {
        throw new BridgeError('ATTESTATION_UNAVAILABLE', 'no key');
      },
    },
  });
  expect(await flow.submit()).toBe(false);
  expect(flow.message).toBe('当前设备无法完成定位验证，请更新掌上单一窗口后重试');
  expect(BRIDGE_ERROR_MESSAGES.ATTESTATION_UNAVAILABLE).toBe(flow.message);
  expect(flow.canRelocate).toBe(false);
  expect(client.createFaceChallenge).not.toHaveBeenCalled();
  expect(client.submit).not.toHaveBeenCalled();
  expectFormKept(form);
});

it('refuses a challenge answered without a ticket by a host that said it signs, keeping the form', async () => {
  const { flow, form, client } = setUp(sampleEntryInput(), { host: { attest: () => ({ mocked: false }) } });
  expect(await flow.submit()).toBe(false);
  expect(flow.message).toBe(MESSAGES.attestationUnavailable);
  expect(flow.canRelocate).toBe(false);
  expect(client.submit).not.toHaveBeenCalled();
  expectFormKept(form);
});

it('shows the message of a failed location challenge and asks the host for no fix', async () => {
  const { flow, form, call } = setUp(sampleEntryInput(), {
    backend: {
      createLocationChallenge: () =>
        Promise.reject(new BackendError('NETWORK', '网络连接失败，请检查网络后重试')),
    },
  });
  expect(await flow.submit()).toBe(false);
  expect(flow.message).toBe('网络连接失败，请检查网络后重试');
  expect(call).not.toHaveBeenCalled();
  expectFormKept(form);
});

it.each([
  ['LOCATION_MOCKED', '检测到模拟定位，请关闭模拟定位后重试', true],
  ['LOCATION_TICKET_FORGED', '定位验证未通过，请重新定位', true],
  ['LOCATION_CHALLENGE_USED', '定位验证未通过，请重新定位', true],
  ['LOCATION_TICKET_REQUIRED', '当前版本无法验证定位信息，请升级掌上单一窗口后重试', false],
])(
  'shows the backend’s refusal %s with its message, keeping the form',
  async (code, message, relocatable) => {
    const submit = vi.fn(() => Promise.reject(backendErrorFromResponse(403, { code, message }, 'k1')));
    const { flow, form } = setUp(sampleEntryInput(), { backend: { submit } });
    expect(await flow.submit()).toBe(false);
    expect(flow.message).toBe(message);
    expect(flow.canRelocate).toBe(relocatable);
    expect(flow.phase).toBe('failed');
    expectFormKept(form);
  },
);

it('words a refusal the backend sent without a message by its code', async () => {
  const submit = vi.fn(() => Promise.reject(backendErrorFromResponse(403, { code: 'LOCATION_MOCKED' })));
  const { flow } = setUp(sampleEntryInput(), { backend: { submit } });
  expect(await flow.submit()).toBe(false);
  expect(flow.message).toBe('检测到模拟定位，请关闭模拟定位后重试');
});

it('refuses a fix outside the fence with distance and direction, keeping the form', async () => {
  const { flow, form, client } = setUp(sampleEntryInput(), { host: { location: () => fix(FAR_OUTSIDE) } });
  expect(await flow.submit()).toBe(false);
  expect(flow.message).toBe(FENCE_MESSAGES.outside);
  expect(flow.detail).toMatch(/^您距申报区域约 [\d.]+ (米|公里)，.+方向$/);
  expect(flow.canRelocate).toBe(false);
  expect(client.createFaceChallenge).not.toHaveBeenCalled();
  expect(client.submit).not.toHaveBeenCalled();
  expectFormKept(form);
});

it('refuses a 关区 whose 直属关 is not connected before asking for a fix', async () => {
  const { flow, call } = setUp(sampleEntryInput({ customsCode: '7208', supervisionSiteCode: 'PXYYG000001' }));
  expect(await flow.submit()).toBe(false);
  expect(flow.message).toBe('该区域暂不支持在移动端申报！');
  expect(call).not.toHaveBeenCalled();
});

it('asks to relocate on an uncertain fix; 重新定位 asks for high accuracy and goes on', async () => {
  let accuracy = 400;
  const { flow, call, client } = setUp(sampleEntryInput(), {
    host: { location: () => fix(DALUO_INSIDE, accuracy) },
  });
  expect(await flow.submit()).toBe(false);
  expect(flow.canRelocate).toBe(true);
  expect(flow.message).toBe(FENCE_MESSAGES.inaccurate);
  accuracy = 8;
  expect(await flow.relocate()).toBe(true);
  expect(call).toHaveBeenCalledWith('location.get', expect.objectContaining({ highAccuracy: true }));
  expect(client.submit).toHaveBeenCalledTimes(1);
});

it('shows the Chinese message of a location error', async () => {
  const { flow } = setUp(sampleEntryInput(), {
    host: {
      location: () => {
        throw new BridgeError('PERMISSION_DENIED', 'denied');
      },
    },
  });
  expect(await flow.submit()).toBe(false);
  expect(flow.message).toBe(BRIDGE_ERROR_MESSAGES.PERMISSION_DENIED);
});

it('stays on the form when face recognition fails', async () => {
  const { flow, client, form } = setUp(sampleEntryInput(), {
    host: {
      face: () => {
        throw new BridgeError('FACE_NOT_MATCHED', 'no');
      },
    },
  });
  expect(await flow.submit()).toBe(false);
  expect(flow.message).toBe(BRIDGE_ERROR_MESSAGES.FACE_NOT_MATCHED);
  expect(flow.phase).toBe('failed');
  expect(client.submit).not.toHaveBeenCalled();
  expect(form.draft.header.customsCode).toBe('8609');
});

it('retries a failed submit with the same Idempotency-Key, and forgets it after success', async () => {
  const submit = vi
    .fn()
    .mockRejectedValueOnce(new BackendError('NETWORK', '网络异常', { idempotencyKey: 'k1' }))
    .mockResolvedValue(RECEIPT);
  const { flow } = setUp(sampleEntryInput({ businessMode: '01' }), { backend: { submit } });
  expect(await flow.submit()).toBe(false);
  expect(flow.message).toBe('网络异常');
  expect(await flow.submit()).toBe(true);
  expect(submit.mock.calls[1]?.[2]).toEqual({ idempotencyKey: 'k1' });
});

it('sends a submit that got no answer again as it was: same key, same tickets, no new fix or face', async () => {
  const submit = vi
    .fn()
    .mockRejectedValueOnce(
      new BackendError('TIMEOUT', '网络请求超时，请检查网络后重试', { idempotencyKey: 'k1' }),
    )
    .mockRejectedValueOnce(
      new BackendError('NETWORK', '网络连接失败，请检查网络后重试', { idempotencyKey: 'k1' }),
    )
    .mockResolvedValue(RECEIPT);
  let faces = 0;
  const { flow, call, client, form, storage } = setUp(sampleEntryInput(), {
    backend: { submit },
    host: { face: () => `jws-${++faces}` },
  });
  expect(await flow.submit()).toBe(false);
  expect(flow.message).toBe('网络请求超时，请检查网络后重试');
  expect(await flow.submit()).toBe(false);
  expect(await flow.submit()).toBe(true);
  expect(call.mock.calls.map(([method]) => method)).toEqual(['location.get', 'face.verify']);
  expect(client.createFaceChallenge).toHaveBeenCalledOnce();
  expect(submit.mock.calls[0]?.[1]).toMatchObject({ faceTicket: 'jws-1' });
  expect(submit.mock.calls[1]?.[1]).toEqual(submit.mock.calls[0]?.[1]);
  expect(submit.mock.calls[2]?.[1]).toEqual(submit.mock.calls[0]?.[1]);
  expect(submit.mock.calls.map((c) => c[2] as unknown)).toEqual([
    {},
    { idempotencyKey: 'k1' },
    { idempotencyKey: 'k1' },
  ]);
  // 申报成功: the form is no longer kept on the phone.
  expect(form.keptForm).toBeUndefined();
  expect(storage.entries.size).toBe(0);
});

it('asks for the fence and face again, under the same key, only when the backend refuses the resent tickets', async () => {
  const refused = backendErrorFromResponse(
    403,
    { code: 'FACE_CHALLENGE_EXPIRED', message: '人脸识别验证未通过，请重新认证' },
    'k1',
  );
  const submit = vi
    .fn()
    .mockRejectedValueOnce(
      new BackendError('NETWORK', '网络连接失败，请检查网络后重试', { idempotencyKey: 'k1' }),
    )
    .mockRejectedValueOnce(refused)
    .mockResolvedValue(RECEIPT);
  let faces = 0;
  const { flow, call } = setUp(sampleEntryInput(), {
    backend: { submit },
    host: { face: () => `jws-${++faces}` },
  });
  expect(await flow.submit()).toBe(false);
  expect(await flow.submit()).toBe(true);
  expect(call.mock.calls.map(([method]) => method)).toEqual([
    'location.get',
    'face.verify',
    'location.get',
    'face.verify',
  ]);
  expect(submit.mock.calls.map((c) => c[2] as unknown)).toEqual([
    {},
    { idempotencyKey: 'k1' },
    { idempotencyKey: 'k1' },
  ]);
  expect(submit.mock.calls.map((c) => (c[1] as { faceTicket: string }).faceTicket)).toEqual([
    'jws-1',
    'jws-1',
    'jws-2',
  ]);
});

it('does not resend a submit the backend answered, nor one for a changed declaration', async () => {
  const submit = vi
    .fn()
    .mockRejectedValueOnce(
      backendErrorFromResponse(500, { code: 'SERVER', message: '系统繁忙，请稍后重试' }, 'k1'),
    )
    .mockRejectedValueOnce(
      new BackendError('NETWORK', '网络连接失败，请检查网络后重试', { idempotencyKey: 'k1' }),
    )
    .mockResolvedValue(RECEIPT);
  const { flow, call, form } = setUp(sampleEntryInput(), { backend: { submit } });
  expect(await flow.submit()).toBe(false);
  expect(await flow.submit()).toBe(false);
  form.setHeader('billNumber', 'TY-CHANGED');
  expect(await flow.submit()).toBe(true);
  expect(call.mock.calls.filter(([method]) => method === 'face.verify')).toHaveLength(3);
});

it('takes a new Idempotency-Key when the user changed the declaration after a failed submit', async () => {
  const submit = vi
    .fn()
    .mockRejectedValueOnce(new BackendError('NETWORK', '网络异常', { idempotencyKey: 'k1' }))
    .mockResolvedValue(RECEIPT);
  const { flow, form } = setUp(sampleEntryInput({ businessMode: '01' }), { backend: { submit } });
  expect(await flow.submit()).toBe(false);
  form.setHeader('billNumber', 'TY-CHANGED');
  expect(await flow.submit()).toBe(true);
  expect(submit.mock.calls[1]?.[2]).toEqual({});
});

it('a representative’s 进口申报单 always needs fence and face and ends 待认证', async () => {
  const submit = vi.fn(() => Promise.resolve({ ...RECEIPT, status: 'pendingAuthentication' as const }));
  const { flow, call } = setUp(sampleImportInput('202601000000000001', SEED_ENTRUSTED), {
    role: 'mutualAidGroup',
    backend: { submit },
  });
  expect(await flow.submit()).toBe(true);
  expect(call.mock.calls.map(([method]) => method)).toEqual(['location.get', 'face.verify']);
  expect(flow.resultStatus).toBe('T0-待认证');
});

it('修改 resubmits through modify and 变更 through change, under the record’s 预录入编号', async () => {
  const modified = setUp(sampleEntryInput({ businessMode: '01' }), { mode: 'modify' });
  await modified.flow.submit();
  expect(modified.client.modify).toHaveBeenCalledWith('entry', '202601000000000007', expect.anything(), {});
  const changed = setUp(sampleEntryInput(), { mode: 'change' });
  await changed.flow.submit();
  expect(changed.client.change).toHaveBeenCalledWith('entry', '202601000000000007', expect.anything(), {});
  expect(changed.client.createFaceChallenge).toHaveBeenCalledWith({
    purpose: 'submit',
    businessId: '202601000000000007',
  });
  expect(changed.client.createLocationChallenge).toHaveBeenCalledWith({ businessId: '202601000000000007' });
  expect(changed.call).toHaveBeenCalledWith(
    'location.get',
    expect.objectContaining({
      challenge: expect.objectContaining({ bizId: '202601000000000007' }) as unknown,
    }),
  );
});

it('stops at the first invalid field with its message, calling nothing', async () => {
  const { flow, form, client, call } = setUp(sampleEntryInput({ packageCount: '三件' }));
  expect(await flow.submit()).toBe(false);
  expect(form.prompt).toBe('请输入正确的件数');
  expect(form.invalid).toEqual({ part: 'header', key: 'packageCount' });
  expect(call).not.toHaveBeenCalled();
  expect(client.submit).not.toHaveBeenCalled();
});

it('puts a field error of the backend on its field', async () => {
  const submit = vi.fn(() =>
    Promise.reject(
      new BackendError('VALIDATION', '玉香南当日申报金额已超过8000元免税额度', {
        fieldErrors: [{ path: 'goods[0].totalPrice', message: '玉香南当日申报金额已超过8000元免税额度' }],
      }),
    ),
  );
  const { flow, form } = setUp(sampleEntryInput({ businessMode: '01' }), { backend: { submit } });
  expect(await flow.submit()).toBe(false);
  expect(flow.message).toBeUndefined();
  expect(form.prompt).toBe('玉香南当日申报金额已超过8000元免税额度');
  expect(form.isInvalid('goods', 'totalPrice', 0)).toBe(true);
  expect(form.activeTab).toBe('商品信息');
});
