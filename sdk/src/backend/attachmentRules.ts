/**
 * A file type 附件 may be: its content type, the file name endings a picker gives it, and the first
 * bytes ("magic") every file of the type starts with, which the backend checks instead of trusting the
 * declared type.
 */
export interface AttachmentType {
  contentType: 'application/pdf' | 'image/jpeg' | 'image/png';
  /** Lower-case file name endings, without the dot. */
  extensions: readonly string[];
  /** The bytes a file of this type starts with. */
  magic: readonly number[];
}

/** The types 附件 may be: scans and photos of documents (PDF, JPEG, PNG). */
export const ATTACHMENT_TYPES: readonly AttachmentType[] = [
  { contentType: 'application/pdf', extensions: ['pdf'], magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'], magic: [0xff, 0xd8, 0xff] },
  {
    contentType: 'image/png',
    extensions: ['png'],
    magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
];

/** The content type of an allowed 附件. */
export type AttachmentContentType = AttachmentType['contentType'];

/**
 * The bounds of 附件, the same in the mini-app (checked before upload) and the backend (enforced):
 * one file's bytes, its name's length, and how many files and bytes one person keeps.
 */
export const ATTACHMENT_LIMITS = {
  /** One file, bytes (5 MB): a phone photo or a scanned page. */
  maxBytes: 5 * 1024 * 1024,
  /** A file name, characters; a longer one is shortened. */
  maxNameLength: 100,
  /** Files one person keeps; beyond it, files no declaration refers to are dropped, oldest first. */
  maxFilesPerPerson: 50,
  /** Bytes one person keeps, all files together (100 MB). */
  maxBytesPerPerson: 100 * 1024 * 1024,
} as const;

/** The words of every refusal of a 附件, in the mini-app and from the backend alike. Inferred: the manual has none. */
export const ATTACHMENT_MESSAGES = {
  badType: '附件仅支持PDF、JPG、PNG格式的文件',
  tooLarge: '附件大小不能超过5MB',
  empty: '附件内容为空，请重新选择',
  noFile: '请选择要上传的附件',
  tooMany: '附件数量已达上限，请删除不需要的暂存单据后重试',
  notFound: '未找到该附件，请重新上传',
  uploadFailed: '附件上传失败，请重试',
} as const;

/** The allowed type a file name ends in, if any (the pickers' names and temp paths keep the ending). */
export function attachmentTypeOfName(name: string): AttachmentType | undefined {
  const ending = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  return ending === undefined ? undefined : ATTACHMENT_TYPES.find((t) => t.extensions.includes(ending));
}

/** The allowed type a file's first bytes say it is, if any: what the backend trusts. */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentType | undefined {
  return ATTACHMENT_TYPES.find((t) => t.magic.every((byte, i) => bytes[i] === byte));
}

/**
 * Why a picked file cannot be a 附件 (its name's ending, its size), as the user reads it; undefined
 * when it may be uploaded. The backend checks again, on the file's bytes.
 * @example attachmentProblem({ name: '发票.exe', size: 10 }) // '附件仅支持PDF、JPG、PNG格式的文件'
 */
export function attachmentProblem(file: { name: string; size: number }): string | undefined {
  if (attachmentTypeOfName(file.name) === undefined) return ATTACHMENT_MESSAGES.badType;
  if (file.size > ATTACHMENT_LIMITS.maxBytes) return ATTACHMENT_MESSAGES.tooLarge;
  if (file.size <= 0) return ATTACHMENT_MESSAGES.empty;
  return undefined;
}

/** A size as the screens show it: '820 B', '35.2 KB', '4.8 MB'. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
