import { expect, it, vi } from 'vitest';
import { when } from 'mobx';
import type { ResidentCheck, ResidentCheckRequest } from '@hushi/sdk';
import { ResidentRegisterChecks } from './ResidentRegisterChecks';

/** 532822199202280249: filed nowhere in this fake register. */
const UNFILED = '532822199202280249';
const FILED = '532822198803120422';

function fakeRegister() {
  const checkResident = vi.fn((request: ResidentCheckRequest): Promise<ResidentCheck> =>
    Promise.resolve(
      request.idNumber === UNFILED
        ? { registered: false, reason: 'notFiled', message: `委托边民“${request.name ?? ''}”未备案边民身份` }
        : request.name === undefined || request.name === '玉香南'
          ? { registered: true }
          : {
              registered: false,
              reason: 'nameMismatch',
              message: `委托边民“${request.name}”的姓名与身份证号不一致`,
            },
    ),
  );
  return { checks: new ResidentRegisterChecks({ checkResident }), checkResident };
}

it('says at once that a 委托边民 is not filed, naming them (issue 16 item 1)', async () => {
  const { checks } = fakeRegister();
  const resident = { idNumber: UNFILED, name: '李春华' };
  checks.request(resident);
  await when(() => checks.refusalOf(resident) !== undefined);
  expect(checks.refusalOf(resident)).toContain('李春华');
});

it("says when the name is not the ID's, and nothing once it is", async () => {
  const { checks } = fakeRegister();
  const wrong = { idNumber: FILED, name: '张三' };
  checks.request(wrong);
  await when(() => checks.refusalOf(wrong) !== undefined);
  expect(checks.refusalOf(wrong)).toContain('姓名与身份证号不一致');
  const right = { idNumber: FILED, name: '玉香南' };
  checks.request(right);
  expect(checks.refusalOf(right)).toBeUndefined();
});

it('asks only about a complete 身份证号, each ID and name once', async () => {
  const { checks, checkResident } = fakeRegister();
  checks.request({ idNumber: '5328221992', name: '' });
  expect(checkResident).not.toHaveBeenCalled();
  checks.request({ idNumber: FILED, name: '' });
  checks.request({ idNumber: ` ${FILED} `, name: '' });
  // The register is asked on the next microtask.
  await Promise.resolve();
  expect(checkResident).toHaveBeenCalledTimes(1);
  expect(checkResident).toHaveBeenCalledWith({ idNumber: FILED });
});

it('says nothing when the register cannot be asked (申报 decides)', async () => {
  const checkResident = vi.fn(() => Promise.reject(new Error('offline')));
  const checks = new ResidentRegisterChecks({ checkResident });
  checks.request({ idNumber: UNFILED, name: '李春华' });
  await Promise.resolve();
  await Promise.resolve();
  expect(checks.refusalOf({ idNumber: UNFILED, name: '李春华' })).toBeUndefined();
});
