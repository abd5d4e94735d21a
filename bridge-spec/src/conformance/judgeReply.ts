import { ERROR_RETRYABLE } from '../generated/catalogue';
import { validateResponse } from '../generated/validators.js';
import { resultValidators } from '../validatorTables';
import { describeIssues, preview } from './describeIssue';
import { isKnownMethod } from '../isKnownMethod';
import { runCheck } from './runCheck';
import type { ConformanceExpectation } from './types';

/** A reply that passed the response envelope's validator. */
interface Reply {
  ok: boolean;
  result?: unknown;
  error?: ReplyError;
}

/** The `error` of a failure reply. */
interface ReplyError {
  code: string;
  message: string;
  retryable: boolean;
  data?: Record<string, unknown>;
}

const hasCode = (code: string): code is keyof typeof ERROR_RETRYABLE =>
  Object.prototype.hasOwnProperty.call(ERROR_RETRYABLE, code);

/**
 * Judges one reply of `method` strictly against `expect`; `null` when it conforms. With `expect`
 * `null` any conforming reply passes, a result or an error. `params` are the request's and
 * `receivedAt` when the reply came (epoch ms), for the expectation's checks.
 */
export function judgeReply(
  method: string,
  raw: unknown,
  expect: ConformanceExpectation | null,
  params: unknown,
  receivedAt: number,
): string | null {
  if (!validateResponse(raw)) {
    return `the reply to ${method} is not a valid response envelope: ${describeIssues(validateResponse.errors, raw)}`;
  }
  const reply = raw as Reply;
  if (expect && 'error' in expect) {
    if (reply.ok) return `expected error ${expect.error}, got a result: ${preview(reply.result)}`;
    const error = reply.error as ReplyError;
    if (error.code !== expect.error) {
      return `expected error ${expect.error}, got ${error.code} (${preview(error.message)})`;
    }
    return judgeRetryable(error) ?? judgeErrorData(error);
  }
  if (!reply.ok) {
    const error = reply.error as ReplyError;
    if (expect) return `expected a result, got error ${error.code} (${preview(error.message)})`;
    return judgeRetryable(error);
  }
  if (isKnownMethod(method)) {
    const validator = resultValidators[method];
    if (!validator(reply.result)) {
      return `the result of ${method} does not match its schema: ${describeIssues(validator.errors, reply.result, '/result')}`;
    }
  }
  for (const check of expect && 'result' in expect ? (expect.result.checks ?? []) : []) {
    const problem = runCheck(check, reply.result, params, receivedAt);
    if (problem) return problem;
  }
  return null;
}

/** An error of a catalogued code must say `retryable` as the catalogue does. */
function judgeRetryable(error: ReplyError): string | null {
  if (!hasCode(error.code)) return null;
  const retryable = ERROR_RETRYABLE[error.code];
  return error.retryable === retryable
    ? null
    : `error ${error.code} must say retryable: ${String(retryable)} as the catalogue does (got ${String(error.retryable)})`;
}

const isValidationEntry = (entry: unknown): boolean =>
  typeof entry === 'object' &&
  entry !== null &&
  typeof (entry as { path?: unknown }).path === 'string' &&
  typeof (entry as { keyword?: unknown }).keyword === 'string';

/**
 * The `data` the error catalogue asks of a code: INVALID_PARAMS lists what is wrong in
 * `data.errors`, entries `{ path, keyword }` (spec/errors.json), so the mini-app can log which
 * param a host refused.
 */
function judgeErrorData(error: ReplyError): string | null {
  if (error.code !== 'INVALID_PARAMS') return null;
  const errors = error.data?.errors;
  return Array.isArray(errors) && errors.length > 0 && errors.every(isValidationEntry)
    ? null
    : `INVALID_PARAMS must list what is wrong in data.errors ([{ path, keyword }]), got data ${preview(error.data)}`;
}
