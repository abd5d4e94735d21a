import type {
  DeclarationKind,
  DeclarationStatus,
  EntryDeclarationInput,
  ImportDeclarationInput,
  SubmitterRole,
} from '@hushi/sdk';
import type { Sql } from '../database/sqlDatabase';
import { normalizedIdNumber, personOf } from './identities';

/** A declaration as the mock backend keeps it. */
export interface StoredDeclaration {
  kind: DeclarationKind;
  preEntryNumber: string;
  /** Customs' 申报单编号, from 发往海关成功 on. */
  declarationNumber: string | null;
  status: DeclarationStatus;
  /** 申报时间, China time 'YYYY-MM-DD HH:mm:ss'; null while never declared. */
  declaredAt: string | null;
  /** Last change, epoch ms (the day a draft is found by in the date filters). */
  updatedAt: number;
  /** The person who declared (or saved) it. */
  ownerId: string;
  /** The identity it was declared under. */
  role: SubmitterRole;
  /** The client's draft id its first 申报 was bound to (face challenge), if declared new. */
  draftId: string | null;
  /** What the client wrote. */
  input: EntryDeclarationInput | ImportDeclarationInput;
  /** 身份证号 (normalised) of the 委托边民 who have authenticated it. */
  authenticated: string[];
  /** For a 进口申报单: the 业务模式 of its 关联进境申报单, when that is the owner's own 进境申报单. */
  relatedBusinessMode?: string;
}

interface DeclarationRow {
  pre_entry_number: string;
  kind: DeclarationKind;
  declaration_number: string | null;
  status: DeclarationStatus;
  declared_at: string | null;
  updated_at: number | string;
  owner_id: string;
  role: SubmitterRole;
  draft_id: string | null;
  input: EntryDeclarationInput | ImportDeclarationInput;
  authenticated: string[];
  related_business_mode: string | null;
  total?: number | string;
}

/**
 * The 业务模式 of a 进口申报单's 关联进境申报单 when that is a 进境申报单 its owner declared: one primary
 * key lookup per row, whatever the planner's statistics (PGlite runs no autovacuum, so a join here
 * became a nested loop over all of a person's declarations as their drafts piled up).
 */
const RELATED_BUSINESS_MODE = `
(SELECT r.input->'header'->>'businessMode' FROM declarations r
 WHERE d.kind = 'import' AND r.pre_entry_number = d.input->'header'->>'relatedEntryNumber'
   AND r.kind = 'entry' AND r.owner_id = d.owner_id AND r.declared_at IS NOT NULL)`;

/** The columns of a declaration, with who has authenticated it and its related entry's 业务模式. */
const SELECT = `
SELECT d.pre_entry_number, d.kind, d.declaration_number, d.status, d.declared_at, d.updated_at,
       d.owner_id, d.role, d.draft_id, d.input,
       ARRAY(SELECT a.id_number FROM authentications a
             WHERE a.pre_entry_number = d.pre_entry_number ORDER BY a.authenticated_at, a.id_number) AS authenticated,
       ${RELATED_BUSINESS_MODE} AS related_business_mode`;

const FROM = `
FROM declarations d`;

function fromRow(row: DeclarationRow): StoredDeclaration {
  return {
    kind: row.kind,
    preEntryNumber: row.pre_entry_number,
    declarationNumber: row.declaration_number,
    status: row.status,
    declaredAt: row.declared_at,
    updatedAt: Number(row.updated_at),
    ownerId: row.owner_id,
    role: row.role,
    draftId: row.draft_id,
    input: row.input,
    authenticated: row.authenticated,
    ...(row.related_business_mode === null ? {} : { relatedBusinessMode: row.related_business_mode }),
  };
}

/** The 身份证号 (normalised) of a declaration's 委托边民 (a draft's may have none yet). */
const entrustedIds = (d: StoredDeclaration): string[] =>
  d.input.entrustedResidents.map((r) => normalizedIdNumber(r.idNumber)).filter((id) => id !== '');

/** The 身份证号 (normalised) a declaration's goods count against: its 委托边民', else its declarant's. */
function allowanceIds(d: StoredDeclaration): string[] {
  return d.input.entrustedResidents.length > 0
    ? entrustedIds(d)
    : [normalizedIdNumber(personOf(d.ownerId).idNumber)];
}

/** The declaration of 预录入编号 `preEntryNumber`; `lock` holds its row until the transaction ends. */
export async function findDeclaration(
  sql: Sql,
  preEntryNumber: string,
  { lock = false } = {},
): Promise<StoredDeclaration | undefined> {
  const rows = await sql.query<DeclarationRow>(
    `${SELECT} ${FROM} WHERE d.pre_entry_number = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [preEntryNumber],
  );
  return rows[0] === undefined ? undefined : fromRow(rows[0]);
}

/** Stores a new declaration (its 预录入编号 from {@link nextSequence}); `authenticated` is not written. */
export async function insertDeclaration(sql: Sql, d: StoredDeclaration): Promise<void> {
  await sql.query(
    `INSERT INTO declarations (pre_entry_number, kind, declaration_number, status, declared_at, updated_at,
       owner_id, role, draft_id, input, entrusted_ids, allowance_ids)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::text[], $12::text[])`,
    [
      d.preEntryNumber,
      d.kind,
      d.declarationNumber,
      d.status,
      d.declaredAt,
      d.updatedAt,
      d.ownerId,
      d.role,
      d.draftId,
      JSON.stringify(d.input),
      entrustedIds(d),
      allowanceIds(d),
    ],
  );
}

/** Writes back what an action may change: status, numbers, times and input (not `authenticated`). */
export async function updateDeclaration(sql: Sql, d: StoredDeclaration): Promise<void> {
  await sql.query(
    `UPDATE declarations SET declaration_number = $2, status = $3, declared_at = $4, updated_at = $5,
       input = $6::jsonb, entrusted_ids = $7::text[], allowance_ids = $8::text[]
     WHERE pre_entry_number = $1`,
    [
      d.preEntryNumber,
      d.declarationNumber,
      d.status,
      d.declaredAt,
      d.updatedAt,
      JSON.stringify(d.input),
      entrustedIds(d),
      allowanceIds(d),
    ],
  );
}

/** Removes a declaration (and its 认证). */
export async function deleteDeclaration(sql: Sql, preEntryNumber: string): Promise<void> {
  await sql.query('DELETE FROM declarations WHERE pre_entry_number = $1', [preEntryNumber]);
}

/**
 * Records the 认证 of one 委托边民; false when they had already authenticated (the primary key holds
 * one 认证 per resident per declaration, whatever runs concurrently).
 */
export async function addAuthentication(
  sql: Sql,
  preEntryNumber: string,
  idNumber: string,
  at: number,
): Promise<boolean> {
  const rows = await sql.query(
    `INSERT INTO authentications (pre_entry_number, id_number, authenticated_at) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING RETURNING id_number`,
    [preEntryNumber, normalizedIdNumber(idNumber), at],
  );
  return rows.length === 1;
}

/** Forgets every 认证 of a declaration (it was declared again). */
export async function clearAuthentications(sql: Sql, preEntryNumber: string): Promise<void> {
  await sql.query('DELETE FROM authentications WHERE pre_entry_number = $1', [preEntryNumber]);
}

/** The next number of a sequence of migration 1: never the same twice, even after a rollback or a crash. */
export async function nextSequence(
  sql: Sql,
  name: 'pre_entry_sequence' | 'customs_sequence',
): Promise<number> {
  const rows = await sql.query<{ n: number | string }>(`SELECT nextval('${name}') AS n`);
  return Number(rows[0]?.n);
}

/** What a list query asks for: the filters present, one page. */
export interface DeclarationFilter {
  kind: DeclarationKind;
  ownerId: string;
  role: SubmitterRole;
  /** Only those customs has numbered (申报单证查询). */
  numbered: boolean;
  preEntryNumber?: string;
  declarationNumber?: string;
  businessMode?: string;
  status?: string;
  /** A 申报时间 range, China days 'YYYY-MM-DD', inclusive: undeclared drafts are outside every range. */
  from?: string;
  to?: string;
}

/** One page of declarations and how many there are in all. */
export interface DeclarationPage {
  items: StoredDeclaration[];
  total: number;
}

async function pageOf(
  sql: Sql,
  where: string,
  params: unknown[],
  window: { limit: number; offset: number },
): Promise<DeclarationPage> {
  const rows = await sql.query<DeclarationRow>(
    `${SELECT}, count(*) OVER () AS total ${FROM} WHERE ${where}
     ORDER BY d.pre_entry_number DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, window.limit, window.offset],
  );
  if (rows.length === 0 && window.offset > 0) {
    const count = await sql.query<{ n: number | string }>(
      `SELECT count(*) AS n ${FROM} WHERE ${where}`,
      params,
    );
    return { items: [], total: Number(count[0]?.n ?? 0) };
  }
  return { items: rows.map(fromRow), total: Number(rows[0]?.total ?? 0) };
}

/** The owner's declarations of one kind under one identity, newest 预录入编号 first, filtered, one page. */
export function listOwnDeclarations(
  sql: Sql,
  filter: DeclarationFilter,
  window: { limit: number; offset: number },
): Promise<DeclarationPage> {
  const params: unknown[] = [filter.kind, filter.ownerId, filter.role];
  const where = ['d.kind = $1', 'd.owner_id = $2', 'd.role = $3'];
  const add = (condition: (n: string) => string, value: unknown): void => {
    params.push(value);
    where.push(condition(`$${params.length}`));
  };
  if (filter.numbered) where.push('d.declaration_number IS NOT NULL');
  if (filter.preEntryNumber !== undefined) add((n) => `d.pre_entry_number = ${n}`, filter.preEntryNumber);
  if (filter.declarationNumber !== undefined)
    add((n) => `d.declaration_number = ${n}`, filter.declarationNumber);
  if (filter.status !== undefined) add((n) => `d.status = ${n}`, filter.status);
  // By 申报时间: a declaration never declared (暂存) is in no date range; 申请记录查询 opens without one.
  if (filter.from !== undefined) add((n) => `d.declared_day >= ${n}`, filter.from);
  if (filter.to !== undefined) add((n) => `d.declared_day <= ${n}`, filter.to);
  if (filter.businessMode !== undefined)
    add(
      (n) => `coalesce(d.input->'header'->>'businessMode', ${RELATED_BUSINESS_MODE}) = ${n}`,
      filter.businessMode,
    );
  return pageOf(sql, where.join(' AND '), params, window);
}

/**
 * The declarations of one kind that entrust the resident of `idNumber` and wait for their 认证, or that
 * they have authenticated, newest first, one page.
 */
export function listEntrustedDeclarations(
  sql: Sql,
  kind: DeclarationKind,
  idNumber: string,
  window: { limit: number; offset: number },
  filter: PendingFilter = {},
): Promise<DeclarationPage> {
  const params: unknown[] = [kind, normalizedIdNumber(idNumber)];
  const where = [
    `d.kind = $1 AND d.entrusted_ids @> ARRAY[$2::text] AND (d.status = 'pendingAuthentication'
       OR EXISTS (SELECT 1 FROM authentications a WHERE a.pre_entry_number = d.pre_entry_number AND a.id_number = $2))`,
  ];
  const add = (condition: (n: string) => string, value: unknown): void => {
    params.push(value);
    where.push(condition(`$${params.length}`));
  };
  if (filter.preEntryNumber !== undefined) add((n) => `d.pre_entry_number = ${n}`, filter.preEntryNumber);
  // By 申报时间: a declaration without one is not in any date range.
  if (filter.from !== undefined) add((n) => `d.declared_day >= ${n}`, filter.from);
  if (filter.to !== undefined) add((n) => `d.declared_day <= ${n}`, filter.to);
  return pageOf(sql, where.join(' AND '), params, window);
}

/** The query conditions of a 待认证列表: 预录入编号 and a 申报时间 range of China days, inclusive. */
export interface PendingFilter {
  preEntryNumber?: string;
  from?: string;
  to?: string;
}

/** The declarations declared on China day `day` whose goods count against one of the residents `idNumbers`. */
export async function declaredOnDayFor(
  sql: Sql,
  day: string,
  idNumbers: readonly string[],
): Promise<StoredDeclaration[]> {
  const rows = await sql.query<DeclarationRow>(
    `${SELECT} ${FROM} WHERE d.declared_day = $1 AND d.allowance_ids && $2::text[]`,
    [day, idNumbers.map(normalizedIdNumber)],
  );
  return rows.map(fromRow);
}

/**
 * Serialises, until the transaction ends, every transaction that counts goods against the daily
 * allowance of one of `idNumbers` on `day` (advisory locks, taken in one order so two never deadlock).
 */
export async function lockAllowance(sql: Sql, day: string, idNumbers: readonly string[]): Promise<void> {
  const keys = [...new Set(idNumbers.map((id) => `allowance:${day}:${normalizedIdNumber(id)}`))].sort();
  for (const key of keys) await sql.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
}

/** How many declarations a person keeps (drafts included). */
export async function countOwnedDeclarations(sql: Sql, ownerId: string): Promise<number> {
  const rows = await sql.query<{ n: number | string }>(
    'SELECT count(*) AS n FROM declarations WHERE owner_id = $1',
    [ownerId],
  );
  return Number(rows[0]?.n ?? 0);
}
