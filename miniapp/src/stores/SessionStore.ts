import { makeAutoObservable, runInAction } from 'mobx';
import { isBridgeError } from '@hushi/sdk';
import type { IdentitiesResponse, IdentityChoice, SubmitterRole } from '@hushi/sdk';
import { MESSAGES } from '../messages';
import type { Services } from '../services/createServices';
import { describeError } from './describeError';

/**
 * Where the session is:
 * - `idle`: nothing tried yet; `connecting`: handshake, host login and the backend's session exchange;
 * - `signedIn`: identities known, an identity may be picked (`role`);
 * - `expired`: the backend said 401 or the host sent `session.expired` (登录超时): log in again;
 *   the user's unsaved input lives in other stores and is kept;
 * - `failed`: the host or backend could not be reached, or the user cancelled the login (`error`).
 */
export type SessionPhase = 'idle' | 'connecting' | 'signedIn' | 'expired' | 'failed';

/** The login (from the host bridge), 身份选择 and the session's lifetime. */
export class SessionStore {
  phase: SessionPhase = 'idle';
  /** The account and its identities, once signed in. */
  account: IdentitiesResponse | undefined = undefined;
  /** The identity picked in 身份选择. */
  role: SubmitterRole | undefined = undefined;
  /** Why the last step failed, in Chinese. */
  error: string | undefined = undefined;
  private stopListening: (() => void) | undefined;

  constructor(private readonly services: Services) {
    makeAutoObservable<SessionStore, 'services' | 'stopListening'>(this, {
      services: false,
      stopListening: false,
    });
  }

  /** The identity picked, with its group details. */
  get identity(): IdentityChoice | undefined {
    return this.account?.identities.find((choice) => choice.role === this.role);
  }

  /**
   * Whose data kept on the phone this is: the account (masked 身份证号 and name) and the identity picked;
   * undefined before 身份选择.
   */
  get ownerKey(): string | undefined {
    const { account, role } = this;
    return account && role ? `${account.maskedIdNumber}/${account.name}/${role}` : undefined;
  }

  /** An account that is not real-name verified cannot enter (FAQ 2). */
  get blockedReason(): string | undefined {
    return this.account && !this.account.realNameVerified ? MESSAGES.notRealNameVerified : undefined;
  }

  /**
   * Logs in through the host: the session's auth code (the host's login page when nobody is logged in),
   * exchanged with the backend, then the identities of 身份选择. After a timeout it picks the same
   * identity again, so the user lands where they were.
   */
  async signIn(): Promise<void> {
    const previousRole = this.phase === 'expired' ? this.role : undefined;
    this.phase = 'connecting';
    this.error = undefined;
    try {
      const bridge = await this.services.bridge();
      this.stopListening ??= bridge.on('session.expired', () => {
        this.expire();
      });
      const authCode = await this.hostAuthCode();
      await this.services.backend.exchangeSession(authCode);
      const account = await this.services.backend.getIdentities();
      if (previousRole && account.identities.some((i) => i.role === previousRole && i.available)) {
        await this.services.backend.selectIdentity(previousRole);
      }
      runInAction(() => {
        this.account = account;
        this.role = previousRole;
        this.phase = 'signedIn';
      });
    } catch (error) {
      runInAction(() => {
        this.phase = 'failed';
        this.error =
          isBridgeError(error) && error.code === 'CANCELLED' ? MESSAGES.loginCancelled : describeError(error);
      });
    }
  }

  /** Picks an identity of 身份选择; refused with the backend's reason (e.g. 边民 not filed). */
  async selectIdentity(role: SubmitterRole): Promise<boolean> {
    const choice = this.account?.identities.find((i) => i.role === role);
    if (!choice?.available) {
      this.error = choice?.reason;
      return false;
    }
    try {
      await this.services.backend.selectIdentity(role);
      runInAction(() => {
        this.role = role;
        this.error = undefined;
      });
      return true;
    } catch (error) {
      runInAction(() => {
        this.error = describeError(error);
      });
      return false;
    }
  }

  /** 退出: asks the host to close the mini-app ("直接关闭 APP 程序按钮退出移动端"). */
  async exit(): Promise<void> {
    try {
      await (await this.services.bridge()).call('app.close', {});
    } catch (error) {
      runInAction(() => {
        this.error = describeError(error);
      });
    }
  }

  /** 登录超时: the backend refused the token or the host ended the session. */
  expire(): void {
    if (this.phase === 'signedIn') this.phase = 'expired';
  }

  private async hostAuthCode(): Promise<string> {
    const bridge = await this.services.bridge();
    try {
      return (await bridge.call('auth.getSession', {})).authCode;
    } catch (error) {
      if (!isBridgeError(error) || error.code !== 'NOT_LOGGED_IN') throw error;
      return (await bridge.call('auth.login', {})).authCode;
    }
  }
}
