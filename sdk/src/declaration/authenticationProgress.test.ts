import { expect, it } from 'vitest';
import { authenticationProgress, canResidentAuthenticate } from './authenticationProgress';
import { nextStatus } from './statusMachine';

const residents = [{ idNumber: '45010219900101102X' }, { idNumber: '450102199202021234' }];

it('stays 待认证 while a 委托边民 has not authenticated', () => {
  const progress = authenticationProgress(residents, ['45010219900101102X']);
  expect(progress).toEqual({
    complete: false,
    pending: ['450102199202021234'],
    status: 'pendingAuthentication',
    event: 'residentAuthenticated',
  });
  expect(nextStatus('pendingAuthentication', progress.event)).toBe('pendingAuthentication');
});

it('becomes 已申报 when all have: "该申报单所有委托边民认证通过之后，系统更新申报单状态为“已申报”"', () => {
  const progress = authenticationProgress(residents, ['450102199202021234', '45010219900101102x']);
  expect(progress).toEqual({
    complete: true,
    pending: [],
    status: 'declared',
    event: 'allResidentsAuthenticated',
  });
  expect(nextStatus('pendingAuthentication', progress.event)).toBe('declared');
});

it('ignores authentications by people who are not entrusted', () => {
  expect(authenticationProgress(residents, ['110105194912310021']).pending).toHaveLength(2);
});

it('never completes without 委托边民', () => {
  expect(authenticationProgress([], []).complete).toBe(false);
});

it('lets only a pending 委托边民 press 认证, and only in 待认证', () => {
  const done = ['45010219900101102X'];
  expect(canResidentAuthenticate('pendingAuthentication', residents, done, '450102199202021234')).toBe(true);
  expect(canResidentAuthenticate('pendingAuthentication', residents, done, '45010219900101102x')).toBe(false);
  expect(canResidentAuthenticate('pendingAuthentication', residents, done, '110105194912310021')).toBe(false);
  expect(canResidentAuthenticate('sentToCustoms', residents, [], '450102199202021234')).toBe(false);
});
