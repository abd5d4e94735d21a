// A webpack loader for the WeChat build: libraries such as lodash find the global object with
// `Function('return this')()` when neither `global` nor `self` exists. That branch never runs in a
// mini-program (its `global` exists), but the code must not contain the Function constructor at all:
// mini-program runtimes forbid it and review tools reject it. The fallback becomes `globalThis`, which
// is what it evaluates to in every engine that has one. See docs/decisions/005-no-dynamic-code-in-weapp.md.
const GLOBAL_FALLBACK = /\b(?:new\s+)?Function\(\s*(['"])return this\1\s*\)\(\)/g;

module.exports = function globalThisFallbackLoader(source) {
  return source.replace(GLOBAL_FALLBACK, 'globalThis');
};
