// The 边民 register against a representative's 委托边民 (issue 16 item 1): 暂存 and 申报 refuse a person
// who is not filed, not real-name verified or not the one of the ID, naming them; the form's lookup
// route answers the same. The sdk's real client against the mock backend's msw handlers, on PGlite.
import { expect, it } from 'vitest';
import { isBackendError } from '@hushi/sdk';
import type { EntrustedResidentInput } from '@hushi/sdk';
import { sampleEntryInput, SEED_ENTRUSTED } from '../src/backend/seedDeclarations';
import { SEED_PERSONS } from '../src/backend/seedPersons';
import { useBackendOverMsw } from './support/backendOverMsw';

const { login } = await useBackendOverMsw();

async function refusal(
  promise: Promise<unknown>,
): Promise<{ message: string; paths: string[]; code: unknown }> {
  try {
    await promise;
  } catch (error) {
    if (!isBackendError(error)) throw error;
    return {
      message: error.message,
      paths: error.fieldErrors.map((e) => e.path),
      code: error.data?.backendCode,
    };
  }
  throw new Error('expected a refusal');
}

const { unfiled, unverified, resident, secondResident } = SEED_PERSONS;
/** 李春华: real-name verified, her 边民 identity not filed (the quotas add up to the sample's 100.00). */
const LI_CHUNHUA: EntrustedResidentInput = { idNumber: unfiled.idNumber, name: unfiled.name, quota: '40.00' };
const declarationFor = (entrusted: readonly EntrustedResidentInput[]) =>
  sampleEntryInput({ businessMode: '01' }, entrusted);

it('申报 refuses a 委托边民 whose 边民 identity is not filed, naming her', async () => {
  const group = await login('groupRepresentative', 'mutualAidGroup');
  const refused = await refusal(
    group.submit('entry', {
      declaration: declarationFor([...SEED_ENTRUSTED.slice(0, 1), LI_CHUNHUA]),
      draftId: 'draft-1',
    }),
  );
  expect(refused.code).toBe('RESIDENT_NOT_REGISTERED');
  expect(refused.message).toContain('李春华');
  expect(refused.message).toContain('未备案边民身份');
  expect(refused.paths).toEqual(['entrustedResidents[1].idNumber']);
});

it("申报 refuses a filed 边民's ID under another name", async () => {
  const group = await login('groupRepresentative', 'mutualAidGroup');
  const wrongName = { idNumber: resident.idNumber, name: '张三', quota: '100.00' };
  const refused = await refusal(
    group.submit('entry', { declaration: declarationFor([wrongName]), draftId: 'draft-2' }),
  );
  expect(refused.message).toContain('张三');
  expect(refused.message).toContain('姓名与身份证号不一致');
  expect(refused.paths).toEqual(['entrustedResidents[0].name']);
});

it('申报 refuses a 委托边民 whose account is not real-name verified', async () => {
  const group = await login('groupRepresentative', 'mutualAidGroup');
  const person = { idNumber: unverified.idNumber, name: unverified.name, quota: '100.00' };
  const refused = await refusal(
    group.submit('entry', { declaration: declarationFor([person]), draftId: 'draft-3' }),
  );
  expect(refused.message).toContain(unverified.name);
});

it('暂存 refuses the same, but keeps a half-typed 委托边民 for later', async () => {
  const group = await login('cooperativeRepresentative', 'cooperative');
  const refused = await refusal(group.saveDraft('entry', { declaration: declarationFor([LI_CHUNHUA]) }));
  expect(refused.message).toContain('李春华');
  const halfTyped = { idNumber: '5328221992', name: '', quota: '' };
  await expect(group.saveDraft('entry', { declaration: declarationFor([halfTyped]) })).resolves.toMatchObject(
    {
      status: 'draft',
    },
  );
});

it('申报 takes filed, verified 委托边民 under their own names', async () => {
  const group = await login('groupRepresentative', 'mutualAidGroup');
  const receipt = await group.submit('entry', {
    declaration: declarationFor(SEED_ENTRUSTED),
    draftId: 'draft-4',
  });
  expect(receipt.preEntryNumber).toMatch(/^\d{18}$/);
});

it("answers the form's lookup as 暂存 and 申报 would, for representatives only", async () => {
  const group = await login('groupRepresentative', 'mutualAidGroup');
  expect(await group.checkResident({ idNumber: secondResident.idNumber, name: secondResident.name })).toEqual(
    {
      registered: true,
    },
  );
  expect(await group.checkResident({ idNumber: resident.idNumber })).toEqual({ registered: true });
  expect(await group.checkResident({ idNumber: unfiled.idNumber, name: unfiled.name })).toMatchObject({
    registered: false,
    reason: 'notFiled',
    message: expect.stringContaining('李春华') as unknown,
  });
  expect(await group.checkResident({ idNumber: resident.idNumber, name: '张三' })).toMatchObject({
    registered: false,
    reason: 'nameMismatch',
  });
  const self = await login('resident', 'resident');
  expect((await refusal(self.checkResident({ idNumber: unfiled.idNumber }))).code).toBe('FORBIDDEN');
});
