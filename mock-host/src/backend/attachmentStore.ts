import { ATTACHMENT_LIMITS, ATTACHMENT_MESSAGES } from '@hushi/sdk';
import type {
  AttachmentContentType,
  AttachmentInfo,
  EntryDeclarationInput,
  ImportDeclarationInput,
} from '@hushi/sdk';
import type { Sql } from '../database/sqlDatabase';
import { BackendFailure } from './backendFailure';

/** A 附件 to keep: checked already (type by its bytes, size). */
export interface NewAttachment {
  id: string;
  ownerId: string;
  name: string;
  contentType: AttachmentContentType;
  content: Uint8Array;
  at: number;
}

interface AttachmentRow {
  id: string;
  name: string;
  content_type: AttachmentContentType;
  size: number | string;
}

const infoOf = (row: AttachmentRow): AttachmentInfo => ({
  attachmentId: row.id,
  name: row.name,
  size: Number(row.size),
  contentType: row.content_type,
});

/**
 * Serialises, per person, what changes or relies on their 附件 (an upload that may drop unreferenced
 * files, a 暂存 or 申报 that refers to them) until the transaction ends.
 */
async function lockAttachmentsOf(sql: Sql, ownerId: string): Promise<void> {
  await sql.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`attachments:${ownerId}`]);
}

/**
 * The person's 附件 no declaration of theirs refers to, oldest first: the ones an upload over the
 * person's bounds drops.
 */
async function unreferenced(sql: Sql, ownerId: string): Promise<{ id: string; size: number }[]> {
  const rows = await sql.query<{ id: string; size: number | string }>(
    `SELECT a.id, a.size FROM attachments a
      WHERE a.owner_id = $1 AND NOT EXISTS (
        SELECT 1 FROM declarations d,
          jsonb_array_elements(CASE WHEN jsonb_typeof(d.input->'attachments') = 'array'
                                    THEN d.input->'attachments' ELSE '[]'::jsonb END) line
         WHERE d.owner_id = $1 AND line->>'attachmentId' = a.id)
      ORDER BY a.created_at, a.id`,
    [ownerId],
  );
  return rows.map((row) => ({ id: row.id, size: Number(row.size) }));
}

/**
 * Keeps a 附件 within the person's bounds (`ATTACHMENT_LIMITS`: files and bytes): over them, the
 * person's files no declaration refers to are dropped, oldest first; if that is not enough, 422
 * `TOO_MANY_ATTACHMENTS`.
 */
export async function insertAttachment(sql: Sql, a: NewAttachment): Promise<AttachmentInfo> {
  await lockAttachmentsOf(sql, a.ownerId);
  const [kept] = await sql.query<{ n: number | string; bytes: number | string | null }>(
    'SELECT count(*) AS n, sum(size) AS bytes FROM attachments WHERE owner_id = $1',
    [a.ownerId],
  );
  let files = Number(kept?.n ?? 0) + 1;
  let bytes = Number(kept?.bytes ?? 0) + a.content.length;
  const fits = (): boolean =>
    files <= ATTACHMENT_LIMITS.maxFilesPerPerson && bytes <= ATTACHMENT_LIMITS.maxBytesPerPerson;
  if (!fits()) {
    const dropped: string[] = [];
    for (const old of await unreferenced(sql, a.ownerId)) {
      if (fits()) break;
      dropped.push(old.id);
      files -= 1;
      bytes -= old.size;
    }
    if (!fits()) throw new BackendFailure(422, 'TOO_MANY_ATTACHMENTS', ATTACHMENT_MESSAGES.tooMany);
    await sql.query('DELETE FROM attachments WHERE id = ANY($1::text[])', [dropped]);
  }
  await sql.query(
    `INSERT INTO attachments (id, owner_id, name, content_type, size, content, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [a.id, a.ownerId, a.name, a.contentType, a.content.length, a.content, a.at],
  );
  return { attachmentId: a.id, name: a.name, size: a.content.length, contentType: a.contentType };
}

/** A 附件 of `ownerId`; 404 for one that does not exist or is someone else's (the same answer). */
export async function ownedAttachment(sql: Sql, ownerId: string, id: string): Promise<AttachmentInfo> {
  const [row] = await sql.query<AttachmentRow>(
    'SELECT id, name, content_type, size FROM attachments WHERE id = $1 AND owner_id = $2',
    [id, ownerId],
  );
  if (row === undefined) throw new BackendFailure(404, 'ATTACHMENT_NOT_FOUND', ATTACHMENT_MESSAGES.notFound);
  return infoOf(row);
}

/**
 * Refuses (422, on the line's `attachmentId`) a declaration whose 随附单证 refer to a 附件 that does
 * not exist or is not its owner's, under the owner's attachment lock, so that no upload drops a file
 * this transaction is about to refer to.
 */
export async function checkAttachmentRefs(
  sql: Sql,
  ownerId: string,
  input: Partial<EntryDeclarationInput | ImportDeclarationInput>,
): Promise<void> {
  const lines: unknown[] =
    'attachments' in input && Array.isArray(input.attachments) ? input.attachments : [];
  const refs = lines.flatMap((line, index) => {
    const id = (line as { attachmentId?: unknown } | null)?.attachmentId;
    return typeof id === 'string' && id !== '' ? [{ id, index }] : [];
  });
  if (refs.length === 0) return;
  await lockAttachmentsOf(sql, ownerId);
  const rows = await sql.query<{ id: string }>(
    'SELECT id FROM attachments WHERE owner_id = $1 AND id = ANY($2::text[])',
    [ownerId, [...new Set(refs.map((ref) => ref.id))]],
  );
  const found = new Set(rows.map((row) => row.id));
  const missing = refs.filter((ref) => !found.has(ref.id));
  if (missing.length > 0)
    throw new BackendFailure(
      422,
      'VALIDATION',
      ATTACHMENT_MESSAGES.notFound,
      missing.map((ref) => ({
        path: `attachments[${ref.index}].attachmentId`,
        message: ATTACHMENT_MESSAGES.notFound,
      })),
    );
}
