import { chinaDay, sampleEntryDeclaration, sampleGoodsLine } from '@hushi/sdk';
import type {
  DeclarationKind,
  DeclarationStatus,
  EntrustedResidentInput,
  EntryDeclarationInput,
  ImportDeclarationInput,
  SubmitterRole,
} from '@hushi/sdk';
import type { Sql } from '../database/sqlDatabase';
import { addAuthentication, insertDeclaration } from './declarationStore';
import type { StoredDeclaration } from './declarationStore';
import { nextDeclarationNumber, nextPreEntryNumber } from './numbering';
import { chinaDateTime } from './chinaDateTime';
import { SEED_PERSONS } from './seedPersons';

/** The 委托边民 of the representatives' seed declarations: the two filed demo 边民, 60 + 40. */
export const SEED_ENTRUSTED: readonly EntrustedResidentInput[] = [
  { idNumber: SEED_PERSONS.resident.idNumber, name: SEED_PERSONS.resident.name, quota: '60.00' },
  { idNumber: SEED_PERSONS.secondResident.idNumber, name: SEED_PERSONS.secondResident.name, quota: '40.00' },
];

/**
 * A valid 进境申报单 at 打洛 (8609): 落地加工 by road, so a submit needs the fence and face checks.
 * @param overrides header fields to change, e.g. `{ businessMode: '01' }` for a direct submit
 * @param entrusted the 委托边民 (a representative's declaration), none for a 边民's own
 */
export function sampleEntryInput(
  overrides: Partial<EntryDeclarationInput['header']> = {},
  entrusted: readonly EntrustedResidentInput[] = [],
): EntryDeclarationInput {
  const sample = sampleEntryDeclaration();
  return {
    ...sample,
    header: { ...sample.header, ...overrides },
    entrustedResidents: entrusted.map((r) => ({ ...r })),
  };
}

/**
 * A valid 进口申报单 at 打洛 linked to the 进境申报单 `relatedEntryNumber`.
 * @param entrusted the 委托边民 (a representative's declaration), none for a 边民's own
 */
export function sampleImportInput(
  relatedEntryNumber: string,
  entrusted: readonly EntrustedResidentInput[] = [],
): ImportDeclarationInput {
  return {
    kind: 'import',
    header: { relatedEntryNumber, customsCode: '8609', supervisionSiteCode: 'ASDFG000015' },
    goods: [sampleGoodsLine()],
    entrustedResidents: entrusted.map((r) => ({ ...r })),
  };
}

/** Statuses that customs has seen, so the declaration carries customs' 申报单编号. */
const NUMBERED: readonly DeclarationStatus[] = [
  'sentToCustoms',
  'customsStorageFailed',
  'returned',
  'approved',
  'changeRequested',
  'documentsReleased',
  'goodsReleased',
];

/** Every status a 边民's own declaration can have (not 待认证, which only a representative's reaches). */
const OWN_STATUSES: readonly DeclarationStatus[] = [
  'draft',
  'declared',
  'sentToCustoms',
  'sendToCustomsFailed',
  'customsStorageFailed',
  'returned',
  'approved',
  'changeRequested',
  'documentsReleased',
  'goodsReleased',
];

/**
 * Stores the demo declarations: the main 边民's own 进境 and 进口 申报单 in every status
 * they can have, and the 互助组 and 合作社 representatives' declarations entrusting the demo 边民 (待认证,
 * one half-authenticated, one fully authenticated), so every query and button has something to show.
 * @param now epoch ms; seed declarations are spread over the days before it
 */
export async function seedDeclarations(sql: Sql, now: number): Promise<void> {
  const year = Number(chinaDay(new Date(now)).slice(0, 4));
  let age = 0;
  const add = async (
    kind: DeclarationKind,
    ownerId: string,
    role: SubmitterRole,
    status: DeclarationStatus,
    build: () => EntryDeclarationInput | ImportDeclarationInput,
    authenticated: string[] = [],
  ): Promise<StoredDeclaration> => {
    const at = now - ++age * 6 * 3_600_000;
    const preEntryNumber = await nextPreEntryNumber(sql, year, kind);
    const input = build();
    const declaration: StoredDeclaration = {
      kind,
      preEntryNumber,
      declarationNumber: NUMBERED.includes(status)
        ? await nextDeclarationNumber(sql, input.header.customsCode, kind, chinaDay(new Date(at)))
        : null,
      status,
      declaredAt: status === 'draft' ? null : chinaDateTime(at),
      updatedAt: at,
      ownerId,
      role,
      draftId: null,
      input,
      authenticated,
    };
    await insertDeclaration(sql, declaration);
    for (const idNumber of authenticated) await addAuthentication(sql, preEntryNumber, idNumber, at);
    return declaration;
  };
  const resident = SEED_PERSONS.resident.id;
  const entries: StoredDeclaration[] = [];
  for (const status of OWN_STATUSES)
    entries.push(
      await add('entry', resident, 'resident', status, () =>
        sampleEntryInput(status === 'draft' ? { businessMode: '01' } : {}),
      ),
    );
  const related = entries.find((e) => e.status === 'goodsReleased')?.preEntryNumber ?? '';
  for (const status of OWN_STATUSES)
    await add('import', resident, 'resident', status, () => sampleImportInput(related));

  // A 进口申报单's 关联进境申报单 is a 进境申报单 its declarant declared: each representative's own.
  const group = SEED_PERSONS.groupRepresentative.id;
  const entrustedIds = SEED_ENTRUSTED.map((r) => r.idNumber);
  await add('entry', group, 'mutualAidGroup', 'pendingAuthentication', () =>
    sampleEntryInput({}, SEED_ENTRUSTED),
  );
  await add(
    'entry',
    group,
    'mutualAidGroup',
    'pendingAuthentication',
    () => sampleEntryInput({}, SEED_ENTRUSTED),
    [SEED_PERSONS.secondResident.idNumber],
  );
  const groupApproved = await add(
    'entry',
    group,
    'mutualAidGroup',
    'approved',
    () => sampleEntryInput({}, SEED_ENTRUSTED),
    entrustedIds,
  );
  await add('import', group, 'mutualAidGroup', 'pendingAuthentication', () =>
    sampleImportInput(groupApproved.preEntryNumber, SEED_ENTRUSTED),
  );
  await add('entry', group, 'resident', 'declared', () => sampleEntryInput());

  const cooperative = SEED_PERSONS.cooperativeRepresentative.id;
  const cooperativeReleased = await add(
    'entry',
    cooperative,
    'cooperative',
    'documentsReleased',
    () => sampleEntryInput({}, SEED_ENTRUSTED),
    entrustedIds,
  );
  await add('import', cooperative, 'cooperative', 'pendingAuthentication', () =>
    sampleImportInput(cooperativeReleased.preEntryNumber, SEED_ENTRUSTED),
  );
  await add('entry', cooperative, 'cooperative', 'draft', () => sampleEntryInput({}, SEED_ENTRUSTED));
}
