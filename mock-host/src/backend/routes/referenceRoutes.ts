import { CODE_TABLES } from '@hushi/sdk';
import type {
  CodeEntry,
  CodeTableName,
  CodeTablesResponse,
  FaceChallenge,
  FenceCollection,
  LocationChallenge,
  SupervisionSite,
} from '@hushi/sdk';
import type { IssuedChallenge } from '../../host/challengeStore';
import { BackendFailure } from '../backendFailure';
import { isRecord } from '../../isRecord';
import { FACE_PURPOSES } from '../faceCheck';
import { SEED_SUPERVISION_SITES } from '../supervisionSites';
import { ok } from './routeHandler';
import type { RouteHandlers } from './routeHandler';

/** Longest business id a challenge is bound to: a 预录入编号 has 18 characters, a client draft id fewer than 80. */
const MAX_BUSINESS_ID_LENGTH = 80;

/** The business id of a challenge request; 422 when it is missing or too long. */
function businessIdOf(body: unknown): string {
  const businessId = isRecord(body) ? body.businessId : undefined;
  if (typeof businessId !== 'string' || businessId === '' || businessId.length > MAX_BUSINESS_ID_LENGTH)
    throw new BackendFailure(422, 'VALIDATION', '缺少业务编号', [
      { path: 'businessId', message: '缺少业务编号' },
    ]);
  return businessId;
}

/** An issued challenge as the API answers it, under the API's purpose. */
function challengeReply<P extends string>(
  c: IssuedChallenge,
  purpose: P,
): { nonce: string; purpose: P; businessId: string; expiresAt: string } {
  return { nonce: c.nonce, purpose, businessId: c.bizId, expiresAt: new Date(c.expiresAt).toISOString() };
}

/**
 * What the mini-app fetches to write and check a declaration: code tables, supervision sites and
 * fences, and the challenges a submit's checks answer: a face challenge (for `face.verify`) and a
 * location challenge (for a bridge 1.1 host's signed fix).
 */
export const REFERENCE_ROUTES: RouteHandlers<
  'getCodeTables' | 'getSupervisionSites' | 'getFences' | 'createFaceChallenge' | 'createLocationChallenge'
> = {
  getCodeTables: (_context, { query: q }) => {
    const names =
      q
        .get('names')
        ?.split(',')
        .filter((n) => n !== '') ?? Object.keys(CODE_TABLES);
    const tables: CodeTablesResponse = {};
    for (const name of names) {
      if (Object.prototype.hasOwnProperty.call(CODE_TABLES, name)) {
        const entries: readonly CodeEntry[] = CODE_TABLES[name as CodeTableName];
        tables[name as CodeTableName] = entries.map((e) => ({ ...e }));
      }
    }
    return ok(tables);
  },
  getSupervisionSites: (_context, { query: q }) => {
    const code = q.get('customsCode');
    return ok(
      SEED_SUPERVISION_SITES.filter(
        (s) => code === null || s.customsCode === code,
      ) satisfies SupervisionSite[],
    );
  },
  getFences: (context, { query: q }) => {
    const code = q.get('customsCode');
    const features = context.fences.features
      .filter(
        (f) => code === null || f.properties.customsCode === code || f.properties.headCustomsCode === code,
      )
      .map((f) => ({
        ...f,
        properties: {
          ...f.properties,
          connected: context.connectedHeadCustoms.has(f.properties.headCustomsCode),
        },
      }));
    return ok({ type: 'FeatureCollection', features } satisfies FenceCollection);
  },
  createFaceChallenge: (context, { body }, session) => {
    const purpose = isRecord(body) ? body.purpose : undefined;
    if (purpose !== 'submit' && purpose !== 'authenticate')
      throw new BackendFailure(422, 'VALIDATION', '人脸识别用途无效', [
        { path: 'purpose', message: '人脸识别用途无效' },
      ]);
    const businessId = businessIdOf(body);
    const c = context.challenges.issue({
      personId: session.personId,
      purpose: FACE_PURPOSES[purpose],
      bizId: businessId,
    });
    return ok(challengeReply(c, purpose) satisfies FaceChallenge, 201);
  },
  createLocationChallenge: (context, { body }, session) => {
    const c = context.locationChallenges.issue({
      personId: session.personId,
      purpose: 'declare',
      bizId: businessIdOf(body),
    });
    return ok(challengeReply(c, 'submit') satisfies LocationChallenge, 201);
  },
};
