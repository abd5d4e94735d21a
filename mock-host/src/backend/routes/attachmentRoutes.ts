import { ATTACHMENT_LIMITS, ATTACHMENT_MESSAGES, sniffAttachmentType } from '@hushi/sdk';
import { randomBase64url } from '../../randomToken';
import { insertAttachment, ownedAttachment } from '../attachmentStore';
import { BackendFailure } from '../backendFailure';
import { ok } from './routeHandler';
import type { RouteHandlers } from './routeHandler';

/** The name a 附件 is kept under: no path, no control characters, at most `maxNameLength` characters. */
function keptName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return Array.from(clean === '' ? '附件' : clean)
    .slice(-ATTACHMENT_LIMITS.maxNameLength)
    .join('');
}

/**
 * 附件: the upload, checked on its bytes (PDF, JPEG or PNG by their first bytes, whatever type was
 * declared; at most `ATTACHMENT_LIMITS.maxBytes`; not empty) and kept within the person's bounds, and
 * its metadata, for its owner only.
 */
export const ATTACHMENT_ROUTES: RouteHandlers<'uploadAttachment' | 'getAttachment'> = {
  uploadAttachment: async (context, { file }, session) => {
    if (file === undefined) throw new BackendFailure(400, 'NO_FILE', ATTACHMENT_MESSAGES.noFile);
    if (file.bytes.length === 0) throw new BackendFailure(422, 'ATTACHMENT_EMPTY', ATTACHMENT_MESSAGES.empty);
    if (file.bytes.length > ATTACHMENT_LIMITS.maxBytes)
      throw new BackendFailure(413, 'ATTACHMENT_TOO_LARGE', ATTACHMENT_MESSAGES.tooLarge);
    const type = sniffAttachmentType(file.bytes);
    if (type === undefined) throw new BackendFailure(415, 'ATTACHMENT_TYPE', ATTACHMENT_MESSAGES.badType);
    const info = await insertAttachment(context.sql, {
      id: `att-${randomBase64url(16)}`,
      ownerId: session.personId,
      name: keptName(file.name),
      contentType: type.contentType,
      content: file.bytes,
      at: context.now(),
    });
    return ok(info, 201);
  },
  getAttachment: async (context, { params }, session) =>
    ok(await ownedAttachment(context.sql, session.personId, params.attachmentId ?? '')),
};
