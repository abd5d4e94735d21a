/**
 * The host's end of the bridge for hosts written in JavaScript (a web host, a mini-program
 * container's JS layer, the mock host): the request loop with the contract's validators, whatever
 * the binding carries the messages.
 * @example
 * import { createHostDispatcher, HostFailure } from '@hushi/bridge-spec/host';
 */
export { createHostDispatcher } from './createHostDispatcher';
export type {
  HostDispatcher,
  HostDispatcherOptions,
  HostEventMessage,
  HostMethod,
  HostMethods,
} from './createHostDispatcher';
export { HostFailure } from './HostFailure';
