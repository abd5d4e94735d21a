/**
 * @hushi/sdk: the framework-free library of the 互市 mini-app. The root re-exports every sub-entry
 * (`@hushi/sdk/bridge`, `/fence`, `/mainland`, `/declaration`, `/backend`); a bundle that imports one of them alone
 * ships only that part.
 */
export * from './bridge/index';
export * from './declaration/index';
export * from './fence/index';
export * from './mainland/index';
export * from './backend/index';
