import { makeAutoObservable, runInAction } from 'mobx';
import {
  createFenceChecker,
  FENCE_MESSAGES,
  formatStatus,
  headCustomsCode,
  isBackendError,
  isBridgeError,
  isUnansweredBackendError,
  LOCATION_REFUSAL_MESSAGES,
  locationRefusalOf,
  submitContextOf,
  submitPolicy,
  verdictMessage,
} from '@hushi/sdk';
import { toWgs84 } from '@hushi/sdk/mainland';
import type {
  Bridge,
  DeclarationReceipt,
  EntryDeclarationInput,
  ImportDeclarationInput,
  LocationChallenge,
  SubmitRequest,
  SubmitterRole,
} from '@hushi/sdk';
import { SIGNED_LOCATION_CONTRACT, signedFixOf } from '@hushi/bridge-spec';
import type { SignedFix } from '@hushi/bridge-spec';
import { MESSAGES } from '../messages';
import type { Services } from '../services/createServices';
import type { DeclarationForm } from './DeclarationForm';
import { describeError } from './describeError';
import { obtainFaceTicket } from './faceTicket';
import type { SessionStore } from './SessionStore';

/**
 * Where a 申报 is: `idle`; `locating` (手机电子围网验证); `verifyingFace` (人脸识别验证); `sending`;
 * `succeeded` (`receipt` holds the new status); `failed` (`message`, and `detail` for the fence).
 */
export type SubmitPhase = 'idle' | 'locating' | 'verifyingFace' | 'sending' | 'succeeded' | 'failed';

/** Bridge failures of `location.get` after which a new fix may help. */
const RELOCATABLE_ERRORS: ReadonlySet<string> = new Set(['LOCATION_UNAVAILABLE', 'TIMEOUT']);

/** What 手机电子围网验证 hands the backend: the fix and, from a host that signs, its ticket. */
interface Located {
  location: SignedFix;
  locationTicket?: string;
}

/** A submit sent without an answer: sent again as it was, key and tickets, before anything is asked anew. */
interface UnansweredSubmit {
  request: SubmitRequest;
  /** The declaration it carries, as JSON: another declaration is another action. */
  declaration: string;
}

/**
 * Whether the backend refused a submit's evidence (the fix, its ticket, the face ticket): HTTP 403 (the
 * location and face refusals) or a fence refusal (`FENCE_…`). Only then is a resent submit checked anew.
 */
function evidenceRefused(error: unknown): boolean {
  if (!isBackendError(error)) return false;
  const code = error.data?.backendCode;
  return error.status === 403 || (typeof code === 'string' && code.startsWith('FENCE_'));
}

/** A failure of one step, with what the user reads. */
class StepFailure extends Error {
  constructor(
    message: string,
    readonly detail: string | undefined,
    readonly relocatable: boolean,
  ) {
    super(message);
  }
}

/**
 * The 申报 of the form (new, 修改, 复制 or 变更): the sdk's validation, then the checks the sdk's
 * {@link submitPolicy} asks for — 手机电子围网验证 (the backend's fences, the sdk's checker, the host's
 * fix, signed into a location ticket by a bridge 1.1 host) and 人脸识别验证 (a ticket from the host) —
 * then the backend's submit with the raw fix and the tickets, one `Idempotency-Key` per logical submit
 * (kept across retries). A submit that got no answer (no network, a lost reply, the deadline) is sent
 * again as it was — same key, same tickets — and the fence and face are asked for again only when the
 * backend refuses them. Every failure leaves the form as it was.
 */
export class SubmitFlow {
  phase: SubmitPhase = 'idle';
  /** The headline of a failure (e.g. 当前位置不在申报区域内). */
  message: string | undefined = undefined;
  /** Its second line (e.g. 您距申报区域约 350 米，东北方向). */
  detail: string | undefined = undefined;
  /** Whether 重新定位 (a new fix with high accuracy) may help. */
  canRelocate = false;
  /** What the backend answered to the successful submit. */
  receipt: DeclarationReceipt | undefined = undefined;
  private idempotencyKey: string | undefined = undefined;
  /** The declaration `idempotencyKey` was used for: a changed declaration is a new action, with a new key. */
  private keyedDeclaration: string | undefined = undefined;
  /** The last submit, when it got no answer. */
  private unanswered: UnansweredSubmit | undefined = undefined;

  constructor(
    private readonly services: Services,
    private readonly session: SessionStore,
    private readonly form: DeclarationForm,
  ) {
    makeAutoObservable<
      SubmitFlow,
      'services' | 'session' | 'form' | 'idempotencyKey' | 'keyedDeclaration' | 'unanswered'
    >(this, {
      services: false,
      session: false,
      form: false,
      idempotencyKey: false,
      keyedDeclaration: false,
      unanswered: false,
    });
  }

  /** Whether a submit is running. */
  get busy(): boolean {
    return this.phase === 'locating' || this.phase === 'verifyingFace' || this.phase === 'sending';
  }

  /** The status the submit ended in, as the screens write it (e.g. "1-已申报"). */
  get resultStatus(): string | undefined {
    return this.receipt && formatStatus(this.receipt.status);
  }

  /** Forgets the last submit (a new form). */
  reset(): void {
    this.phase = 'idle';
    this.clearMessage();
    this.receipt = undefined;
    this.idempotencyKey = undefined;
    this.unanswered = undefined;
  }

  /** Hides the last failure's message. */
  clearMessage(): void {
    this.message = undefined;
    this.detail = undefined;
    this.canRelocate = false;
  }

  /** 申报. Returns whether the declaration was submitted. */
  submit(): Promise<boolean> {
    return this.run(false);
  }

  /** 重新定位: the submit again, asking the host for a high-accuracy fix. */
  relocate(): Promise<boolean> {
    return this.run(true);
  }

  private async run(highAccuracy: boolean): Promise<boolean> {
    if (this.busy) return false;
    this.clearMessage();
    this.form.clearPrompt();
    const role = this.session.role;
    if (role === undefined || !this.form.validate()) return false;
    const declaration = this.form.draft.toInput();
    try {
      const receipt =
        (await this.resendUnanswered(JSON.stringify(declaration), highAccuracy)) ??
        (await this.checkAndSend(declaration, role, highAccuracy));
      runInAction(() => {
        this.receipt = receipt;
        this.idempotencyKey = undefined;
        this.unanswered = undefined;
        this.phase = 'succeeded';
        this.form.submitted(receipt);
      });
      return true;
    } catch (error) {
      runInAction(() => {
        this.phase = 'failed';
        const fieldError = isBackendError(error) ? error.fieldErrors[0] : undefined;
        if (fieldError && this.form.showFieldError(fieldError.path, fieldError.message)) return;
        if (error instanceof StepFailure) {
          this.message = error.message;
          this.detail = error.detail;
          this.canRelocate = error.relocatable;
        } else {
          this.message = describeError(error);
          // The backend refused the position: a new fix may help, unless the host cannot sign at all.
          const refusal = locationRefusalOf(error);
          this.canRelocate = refusal !== undefined && refusal !== 'LOCATION_TICKET_REQUIRED';
        }
      });
      return false;
    }
  }

  /**
   * The last submit again, exactly as it was sent, when it got no answer and the declaration is the same
   * (重新定位 asks for a new fix instead). Resolves undefined when there is none, or when the backend
   * refused its fix or face ticket: then they are asked for anew.
   */
  private async resendUnanswered(
    declaration: string,
    highAccuracy: boolean,
  ): Promise<DeclarationReceipt | undefined> {
    const last = this.unanswered;
    if (last === undefined || highAccuracy || last.declaration !== declaration) return undefined;
    this.setPhase('sending');
    try {
      return await this.send(last.request);
    } catch (error) {
      if (!evidenceRefused(error)) throw error;
      this.unanswered = undefined;
      return undefined;
    }
  }

  /** The checks of the submit policy (fence, face), then the submit with their evidence. */
  private async checkAndSend(
    declaration: EntryDeclarationInput | ImportDeclarationInput,
    role: SubmitterRole,
    highAccuracy: boolean,
  ): Promise<DeclarationReceipt> {
    const policy = submitPolicy(submitContextOf(declaration, role));
    // The saved declaration's 预录入编号 or the form's draft id: what the host's tickets are bound to.
    const businessId = this.form.draft.preEntryNumber ?? this.form.draft.draftId;
    let located: Located | undefined;
    if (policy.checks.includes('fence')) {
      this.setPhase('locating');
      located = await this.locate(declaration.header.customsCode, highAccuracy, businessId);
    }
    let faceTicket: string | undefined;
    if (policy.checks.includes('face')) {
      this.setPhase('verifyingFace');
      faceTicket = await this.verifyFace(businessId);
    }
    this.setPhase('sending');
    return this.send({
      declaration,
      ...located,
      ...(faceTicket === undefined ? {} : { faceTicket }),
    });
  }

  /**
   * 手机电子围网验证: the fix, judged against the 关区's fences; returns the raw fix for the backend and,
   * from a host that signs fixes, the ticket answering a location challenge for `businessId` (asked for
   * along with the fences). A fix the host knows to be simulated, or a challenge answered unsigned, stops
   * the submit.
   */
  private async locate(customsCode: string, highAccuracy: boolean, businessId: string): Promise<Located> {
    const [fences, challenge] = await Promise.all([
      this.services.backend.getFences(customsCode),
      this.locationChallenge(businessId),
    ]);
    const connected = new Set(
      fences.features.filter((f) => f.properties.connected === true).map((f) => f.properties.headCustomsCode),
    );
    const head = headCustomsCode(customsCode);
    if (head === undefined || !connected.has(head))
      throw new StepFailure(FENCE_MESSAGES['not-connected'], undefined, false);
    const checker = createFenceChecker(fences, { connectedHeadCustoms: connected, toWgs84 });
    const result = await this.onBridge(async (bridge) =>
      bridge.call('location.get', {
        datum: 'wgs84',
        highAccuracy,
        ...(challenge && { challenge: { nonce: challenge.nonce, purpose: 'declare', bizId: businessId } }),
      }),
    );
    // Turning the simulated location off, then 重新定位, may help.
    if (result.mocked === true)
      throw new StepFailure(LOCATION_REFUSAL_MESSAGES.LOCATION_MOCKED, undefined, true);
    const { ticket } = result;
    if (challenge && ticket === undefined)
      throw new StepFailure(MESSAGES.attestationUnavailable, undefined, false);
    // The fix alone, field for field what the host signed.
    const location = signedFixOf(result);
    const verdict = checker.check(location);
    if (verdict.status === 'inside') return challenge ? { location, locationTicket: ticket } : { location };
    const { message, detail } = verdictMessage(verdict);
    const relocatable =
      verdict.status === 'uncertain' || verdict.status === 'stale' || verdict.status === 'inaccurate';
    throw new StepFailure(message, detail ?? undefined, relocatable);
  }

  /**
   * A location challenge for `businessId` when the host signs challenged fixes (`location.get` of bridge
   * 1.1); none for an older host, whose fix goes unsigned as before.
   */
  private locationChallenge(businessId: string): Promise<LocationChallenge | undefined> {
    return this.onBridge(async (bridge) =>
      bridge.supports('location.get', SIGNED_LOCATION_CONTRACT)
        ? this.services.backend.createLocationChallenge({ businessId })
        : undefined,
    );
  }

  /** Runs `work` on the host's bridge; a bridge failure becomes the step's failure, with its message. */
  private async onBridge<T>(work: (bridge: Bridge) => Promise<T>): Promise<T> {
    try {
      return await work(await this.services.bridge());
    } catch (error) {
      if (isBridgeError(error))
        throw new StepFailure(describeError(error), undefined, RELOCATABLE_ERRORS.has(error.code));
      throw error;
    }
  }

  /** 人脸识别验证, bound to `businessId`. */
  private async verifyFace(businessId: string): Promise<string> {
    try {
      return await obtainFaceTicket(this.services, { purpose: 'submit', businessId });
    } catch (error) {
      if (isBridgeError(error)) throw new StepFailure(describeError(error), undefined, false);
      throw error;
    }
  }

  /**
   * The backend's 申报, 修改 or 变更, with the key of this logical submit: the key of a failed try is
   * reused while the declaration is unchanged. A request without an answer is kept to be sent again.
   */
  private async send(request: SubmitRequest): Promise<DeclarationReceipt> {
    const { backend } = this.services;
    const { kind, mode, preEntryNumber } = this.form.draft;
    const declaration = JSON.stringify(request.declaration);
    if (declaration !== this.keyedDeclaration) this.idempotencyKey = undefined;
    const options = this.idempotencyKey === undefined ? {} : { idempotencyKey: this.idempotencyKey };
    try {
      if (mode === 'modify' && preEntryNumber !== undefined)
        return await backend.modify(kind, preEntryNumber, request, options);
      if (mode === 'change' && preEntryNumber !== undefined)
        return await backend.change(kind, preEntryNumber, request, options);
      // A new declaration names the draft id its face ticket is bound to: one draft, one declaration.
      return await backend.submit(
        kind,
        preEntryNumber === undefined
          ? { ...request, draftId: this.form.draft.draftId }
          : { ...request, preEntryNumber },
        options,
      );
    } catch (error) {
      if (isBackendError(error) && error.idempotencyKey !== undefined) {
        this.idempotencyKey = error.idempotencyKey;
        this.keyedDeclaration = declaration;
      }
      this.unanswered = isUnansweredBackendError(error) ? { request, declaration } : undefined;
      throw error;
    }
  }

  private setPhase(phase: SubmitPhase): void {
    this.phase = phase;
  }
}
