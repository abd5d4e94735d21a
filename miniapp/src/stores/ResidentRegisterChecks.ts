import { makeAutoObservable, observable, runInAction } from 'mobx';
import { validateIdNumber } from '@hushi/sdk';
import type { BackendClient, ResidentCheck } from '@hushi/sdk';

/** One 委托边民 as the form holds them: what was typed so far. */
export interface TypedResident {
  idNumber?: string | undefined;
  name?: string | undefined;
}

const keyOf = ({ idNumber = '', name = '' }: TypedResident): string =>
  `${idNumber.trim().toUpperCase()}|${name.trim()}`;

/**
 * The 边民 register, asked for each 委托边民 as soon as their 身份证号 is complete (and again as the name
 * is typed), so the representative learns before 申报 that a person is not filed, not real-name
 * verified or not the one of the ID; the backend refuses the same at 暂存 and 申报. An unanswered ask
 * (no network) says nothing: 申报 decides.
 */
export class ResidentRegisterChecks {
  /** The register's answers by 身份证号 and name; `checking` while asked. */
  private readonly answers = observable.map<string, ResidentCheck | 'checking'>();

  constructor(private readonly backend: Pick<BackendClient, 'checkResident'>) {
    makeAutoObservable<ResidentRegisterChecks, 'backend'>(this, { backend: false });
  }

  /** Asks the register about `resident` once their 身份证号 is complete; each ID and name is asked once. */
  request(resident: TypedResident): void {
    const idNumber = resident.idNumber?.trim() ?? '';
    if (!validateIdNumber(idNumber).valid) return;
    const key = keyOf(resident);
    if (this.answers.has(key)) return;
    this.answers.set(key, 'checking');
    const name = resident.name?.trim() ?? '';
    // A failure of any kind, even a client without the route, leaves the line unjudged.
    Promise.resolve()
      .then(() => this.backend.checkResident(name === '' ? { idNumber } : { idNumber, name }))
      .then(
        (answer) => {
          runInAction(() => this.answers.set(key, answer));
        },
        () => {
          runInAction(() => this.answers.delete(key));
        },
      );
  }

  /** Why the register refuses `resident` as typed now, in Chinese; `undefined` when it does not (yet). */
  refusalOf(resident: TypedResident): string | undefined {
    const answer = this.answers.get(keyOf(resident));
    return answer === undefined || answer === 'checking' || answer.registered ? undefined : answer.message;
  }
}
