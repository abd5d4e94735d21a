import { METHOD_SINCE } from './generated/catalogue';
import type { MethodName } from './generated/catalogue';

/** Whether `method` is a method of the bridge catalogue (of any version up to this one). */
export const isKnownMethod = (method: string): method is MethodName =>
  Object.prototype.hasOwnProperty.call(METHOD_SINCE, method);
