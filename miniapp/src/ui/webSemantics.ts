/**
 * Starts what gives the screens web semantics their components lack: nothing in a mini-program, whose
 * screen reader reads WeChat's own components (Taro's WeChat templates carry no ARIA attributes to
 * adapt). The H5 build's adapter is webSemantics.h5.ts, which Taro picks for H5.
 */
export function startWebSemantics(): void {
  // Nothing to start outside a browser.
}
