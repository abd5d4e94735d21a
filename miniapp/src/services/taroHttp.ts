import Taro from '@tarojs/taro';
import { HttpTimeoutError } from '@hushi/sdk';
import type { HttpAdapter, HttpPost } from '@hushi/sdk';

/** What `wx.request` fails with at its `timeout` ("request:fail timeout"; some runtimes "…timed out"). */
const TIMED_OUT = /time ?out|timed out/i;

/**
 * The backend client's HTTP adapter on `Taro.request` (mini-program runtimes have no `fetch`), with the
 * request's deadline as `timeout`. A rejection means no response came back (at the deadline, an
 * {@link HttpTimeoutError}); any status, 401 included, is a response for the client to read.
 */
export const taroHttpAdapter: HttpAdapter = async ({ method, url, headers, body, timeoutMs }) => {
  let response;
  try {
    response = await Taro.request<unknown>({
      url,
      method,
      header: headers,
      data: body,
      dataType: 'json',
      responseType: 'text',
      timeout: timeoutMs,
    });
  } catch (error) {
    const errMsg = (error as { errMsg?: unknown } | undefined)?.errMsg;
    const text = typeof errMsg === 'string' ? errMsg : error instanceof Error ? error.message : '';
    if (TIMED_OUT.test(text)) throw new HttpTimeoutError(text);
    throw error;
  }
  return {
    status: response.statusCode,
    headers: response.header,
    body: response.data,
  };
};

/** The dev HTTP bridge binding's POST on `Taro.request`; aborting the signal aborts the request. */
export const taroHttpPost: HttpPost = async (url, body, signal) => {
  const task = Taro.request<string>({
    url,
    method: 'POST',
    header: { 'content-type': 'application/json' },
    data: body,
    dataType: '其他',
    responseType: 'text',
  });
  const abort = (): void => {
    task.abort();
  };
  signal.addEventListener('abort', abort);
  try {
    const response = await task;
    return typeof response.data === 'string' ? response.data : JSON.stringify(response.data);
  } finally {
    signal.removeEventListener('abort', abort);
  }
};
