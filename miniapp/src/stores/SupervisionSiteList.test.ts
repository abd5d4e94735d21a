import { expect, it } from 'vitest';
import { BackendError } from '@hushi/sdk';
import type { BackendClient, SupervisionSite } from '@hushi/sdk';
import type { Services } from '../services/createServices';
import { SupervisionSiteList } from './SupervisionSiteList';

const ERENHOT: SupervisionSite[] = [
  { code: 'ELHT00000001', name: '二连浩特边民互市贸易区监管场所', customsCode: '0702' },
];

/** Services whose backend answers each 监管场所 request when the test says so. */
function deferredSites() {
  const answers: {
    customsCode: string;
    resolve: (s: SupervisionSite[]) => void;
    reject: (e: unknown) => void;
  }[] = [];
  const backend = {
    getSupervisionSites: (customsCode: string) =>
      new Promise<SupervisionSite[]>((resolve, reject) => {
        answers.push({ customsCode, resolve, reject });
      }),
  } as unknown as BackendClient;
  const services: Services = { backend, bridge: () => Promise.reject(new Error('no bridge')) };
  return { services, answers };
}

it('is loading until the sites arrive, then ready with them', async () => {
  const { services, answers } = deferredSites();
  const list = new SupervisionSiteList(services);
  const loading = list.load('0702');
  expect([list.phase, list.sites]).toEqual(['loading', []]);
  answers[0]?.resolve(ERENHOT);
  await loading;
  expect(list.phase).toBe('ready');
  expect(list.nameOf('ELHT00000001')).toBe('二连浩特边民互市贸易区监管场所');
});

it('says why a load failed and loads the same 关区 again on retry', async () => {
  const { services, answers } = deferredSites();
  const list = new SupervisionSiteList(services);
  const failing = list.load('0702');
  answers[0]?.reject(new BackendError('NETWORK', '网络连接失败，请检查网络后重试'));
  await failing;
  expect([list.phase, list.error]).toEqual(['failed', '网络连接失败，请检查网络后重试']);
  const retried = list.retry();
  expect([list.phase, list.error, answers[1]?.customsCode]).toEqual(['loading', undefined, '0702']);
  answers[1]?.resolve(ERENHOT);
  await retried;
  expect(list.phase).toBe('ready');
});

it('drops the answer for a 关区 that is no longer picked, and is idle without one', async () => {
  const { services, answers } = deferredSites();
  const list = new SupervisionSiteList(services);
  const first = list.load('0702');
  const second = list.load('8609');
  answers[1]?.resolve([]);
  answers[0]?.resolve(ERENHOT);
  await Promise.all([first, second]);
  expect([list.phase, list.sites]).toEqual(['ready', []]);
  await list.load('');
  expect(list.phase).toBe('idle');
});
