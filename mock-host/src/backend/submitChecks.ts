import {
  allowanceShares,
  chinaDay,
  checkDailyAllowance,
  isRepresentative,
  RMB_CURRENCY_CODE,
  validateDeclarationSchema,
  validationMessage,
} from '@hushi/sdk';
import type {
  AllowanceDeclaration,
  DeclarationKind,
  DeclarationStatus,
  EntryDeclarationInput,
  ImportDeclarationInput,
  SubmitterRole,
} from '@hushi/sdk';
import type { BackendContext } from './backendContext';
import { BackendFailure } from './backendFailure';
import { MESSAGES } from './backendMessages';
import { declaredOnDayFor, findDeclaration, lockAllowance } from './declarationStore';
import type { StoredDeclaration } from './declarationStore';
import { personOf, sameIdNumber } from './identities';

/**
 * The declaration of a submit, checked against the schema and the identity's rule on 委托边民 (a
 * representative needs them, a resident declaring for themself has none); 422 with every problem otherwise.
 */
export function validate(
  context: BackendContext,
  kind: DeclarationKind,
  declaration: unknown,
  role: SubmitterRole,
): EntryDeclarationInput | ImportDeclarationInput {
  const errors = validateDeclarationSchema(kind, declaration, { now: new Date(context.now()) }).map(
    ({ path, message }) => ({
      path,
      message,
    }),
  );
  if (errors.length === 0) {
    const residents = (declaration as EntryDeclarationInput | ImportDeclarationInput).entrustedResidents;
    if (isRepresentative(role) && residents.length === 0)
      errors.push({ path: 'entrustedResidents', message: MESSAGES.needEntrusted });
    if (!isRepresentative(role) && residents.length > 0)
      errors.push({ path: 'entrustedResidents', message: MESSAGES.noEntrustedForResident });
  }
  if (errors.length > 0)
    throw new BackendFailure(422, 'VALIDATION', errors[0]?.message ?? '申报信息有误', errors);
  return structuredClone(declaration) as EntryDeclarationInput | ImportDeclarationInput;
}

/** What a declaration counts against the daily allowance of each resident. */
function allowanceOf(
  id: string,
  status: DeclarationStatus | null,
  day: string,
  input: EntryDeclarationInput | ImportDeclarationInput,
  ownerId: string,
): AllowanceDeclaration {
  return {
    id,
    status,
    day,
    // A 进口申报单 has no 币制 field: its prices are taken as 人民币 (inferred).
    currency: input.kind === 'entry' ? input.header.currency : RMB_CURRENCY_CODE,
    shares: allowanceShares({
      declarantIdNumber: personOf(ownerId).idNumber,
      goods: input.goods,
      entrustedResidents: input.entrustedResidents,
    }),
  };
}

/**
 * The 8,000-yuan daily allowance of every resident the declaration counts for (财关税〔2008〕90号), read
 * and decided under a lock per resident and China day that the write of this transaction keeps: two
 * concurrent 申报 for one resident cannot both pass on the same remainder.
 */
export async function checkAllowance(
  context: BackendContext,
  input: EntryDeclarationInput | ImportDeclarationInput,
  existing: StoredDeclaration | undefined,
  ownerId: string,
): Promise<void> {
  const day = chinaDay(new Date(context.now()));
  const residents =
    input.entrustedResidents.length > 0
      ? input.entrustedResidents.map((r) => r.idNumber)
      : [personOf(ownerId).idNumber];
  await lockAllowance(context.sql, day, residents);
  const others = (await declaredOnDayFor(context.sql, day, residents)).flatMap((d) =>
    d.declaredAt === null
      ? []
      : [allowanceOf(d.preEntryNumber, d.status, d.declaredAt.slice(0, 10), d.input, d.ownerId)],
  );
  let check;
  try {
    const candidate = allowanceOf(
      existing?.preEntryNumber ?? '',
      existing?.status ?? null,
      day,
      input,
      ownerId,
    );
    check = checkDailyAllowance(candidate, others, { rates: context.exchangeRates });
  } catch {
    const message = '暂无该币制的汇率，请选择人民币申报';
    throw new BackendFailure(422, 'EXCHANGE_RATE_MISSING', message, [{ path: 'header.currency', message }]);
  }
  const over = check.residents.find((r) => r.exceededByCents > 0);
  if (over === undefined) return;
  const name =
    input.entrustedResidents.find((r) => sameIdNumber(r.idNumber, over.idNumber))?.name ??
    personOf(ownerId).name;
  const message = validationMessage('allowanceExceeded', { name });
  const path = input.entrustedResidents.length > 0 ? 'entrustedResidents' : 'goods';
  throw new BackendFailure(422, 'ALLOWANCE_EXCEEDED', message, [{ path, message }]);
}

/**
 * A 进口申报单's 关联进境申报单编号 must name a 进境申报单 the declarant has declared themself; 422 with one
 * message whether it does not exist or is someone else's, so the numbers cannot be probed.
 */
export async function checkRelatedEntry(
  context: BackendContext,
  input: ImportDeclarationInput,
  ownerId: string,
): Promise<void> {
  const related = await findDeclaration(context.sql, input.header.relatedEntryNumber);
  if (related?.kind !== 'entry' || related.ownerId !== ownerId || related.declaredAt === null)
    throw new BackendFailure(422, 'RELATED_ENTRY_NOT_FOUND', MESSAGES.relatedEntryNotFound, [
      { path: 'header.relatedEntryNumber', message: MESSAGES.relatedEntryNotFound },
    ]);
}
