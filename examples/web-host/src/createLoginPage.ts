/** The page elements of the host's login page. */
export interface LoginPageElements {
  overlay: HTMLElement;
  /** Where the mini-app's reason (`auth.login`'s `reason`) is shown. */
  reason: HTMLElement;
  confirm: HTMLButtonElement;
  cancel: HTMLButtonElement;
}

/** The host's login page, shown for `auth.login` when nobody is logged in. */
export interface LoginPage {
  /** Shows the page; resolves `true` on 登录, `false` on 取消. Calls while it is open share its answer. */
  ask(reason: string | undefined): Promise<boolean>;
}

/** The host's login page over its elements: 登录 logs the demo user in, 取消 closes it. */
export function createLoginPage(elements: LoginPageElements): LoginPage {
  let open: Promise<boolean> | undefined;
  return {
    ask(reason) {
      open ??= new Promise<boolean>((resolve) => {
        elements.reason.textContent = reason ?? '请登录掌上单一窗口';
        elements.overlay.hidden = false;
        const answer = (loggedIn: boolean) => () => {
          elements.overlay.hidden = true;
          elements.confirm.onclick = null;
          elements.cancel.onclick = null;
          open = undefined;
          resolve(loggedIn);
        };
        elements.confirm.onclick = answer(true);
        elements.cancel.onclick = answer(false);
      });
      return open;
    },
  };
}
