import Taro from '@tarojs/taro';
import { HttpTimeoutError } from '@hushi/sdk';
import type { UploadAdapter } from '@hushi/sdk';

/** What `uploadFile` fails with at its `timeout` ("uploadFile:fail timeout"). */
const TIMED_OUT = /time ?out|timed out/i;

/**
 * The backend client's upload adapter on `Taro.uploadFile`: in WeChat the file's temp path
 * (`chooseMessageFile`, `chooseImage`), in H5 a picked `File`, sent as a `blob:` URL (Taro's H5
 * `uploadFile` reads the URL back and posts it with `XMLHttpRequest`). Both report progress through the
 * task's `onProgressUpdate`. A rejection means no response came back; any status is a response.
 */
export const taroUploadAdapter: UploadAdapter = async ({
  url,
  headers,
  fieldName,
  formData,
  file,
  timeoutMs,
  onProgress,
}) => {
  const objectUrl = typeof file.source === 'string' ? undefined : URL.createObjectURL(file.source as Blob);
  try {
    const task = Taro.uploadFile({
      url,
      filePath: objectUrl ?? (file.source as string),
      name: fieldName,
      formData,
      fileName: file.name,
      header: headers,
      timeout: timeoutMs,
      withCredentials: false,
    });
    task.onProgressUpdate(({ totalBytesSent, totalBytesExpectedToSend }) => {
      onProgress({ sent: totalBytesSent, total: totalBytesExpectedToSend });
    });
    const response = await task;
    return { status: response.statusCode, headers: response.header ?? {}, body: response.data };
  } catch (error) {
    const errMsg = (error as { errMsg?: unknown } | undefined)?.errMsg;
    const text = typeof errMsg === 'string' ? errMsg : error instanceof Error ? error.message : '';
    if (TIMED_OUT.test(text)) throw new HttpTimeoutError(text);
    throw error;
  } finally {
    if (objectUrl !== undefined) URL.revokeObjectURL(objectUrl);
  }
};
