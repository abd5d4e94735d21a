import type { HttpResponse } from './httpAdapter';

/**
 * A file picked to upload, as a platform hands it: its name and size, and the `source` the platform's
 * {@link UploadAdapter} sends: a temp file path in a mini-program (`chooseMessageFile`, `chooseImage`),
 * a `blob:` URL or a `Blob` in a browser.
 */
export interface UploadFile {
  name: string;
  /** Bytes. */
  size: number;
  source: unknown;
}

/** How far an upload is: bytes sent of the bytes to send. */
export interface UploadProgress {
  sent: number;
  total: number;
}

/** One upload as the backend client hands it to an {@link UploadAdapter}: a `multipart/form-data` POST. */
export interface UploadRequest {
  /** The absolute URL. */
  url: string;
  /** Request headers (`Authorization`, `Accept`); the adapter sets the multipart `Content-Type`. */
  headers: Record<string, string>;
  /** The form field the file goes in. */
  fieldName: string;
  /**
   * Other form fields to send: `fileName`, the picked file's name, which a mini-program's upload does not
   * carry (WeChat names the file part by its temp path).
   */
  formData: Record<string, string>;
  file: UploadFile;
  /** The upload's deadline, ms (as {@link HttpRequest.timeoutMs}). */
  timeoutMs: number;
  /** Called as bytes go out, when the platform tells. */
  onProgress: (progress: UploadProgress) => void;
}

/**
 * Uploads one file: what the backend client needs from a platform for 附件 (`Taro.uploadFile` in the
 * mini-app, whose task reports progress; {@link createFetchUploadAdapter} elsewhere). Reject only when
 * no response came back, as an `HttpAdapter` does.
 */
export type UploadAdapter = (request: UploadRequest) => Promise<HttpResponse>;
