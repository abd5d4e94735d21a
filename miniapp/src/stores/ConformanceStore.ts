import { makeAutoObservable, runInAction } from 'mobx';
import { conformanceSuite, runConformance } from '@hushi/bridge-spec/conformance';
import type {
  ConformanceCaseResult,
  ConformanceCondition,
  ConformanceReport,
} from '@hushi/bridge-spec/conformance';
import type { AppServices } from '../services/createServices';
import { describeError } from './describeError';

/** A host condition the operator is asked to arrange before the next case. */
export interface ConformancePrompt {
  /** The suite's name of the condition (`location.permissionDenied`, `default`, ...). */
  condition: string;
  kind: ConformanceCondition['kind'];
  /** The suite's description of the condition (English). */
  description: string;
}

/**
 * Where the check is: `idle` before the first run, `running` while the suite runs (and may wait for
 * the operator), `done` with a report, `failed` when the host's binding could not be reached.
 */
export type ConformancePhase = 'idle' | 'running' | 'done' | 'failed';

/**
 * Deadline of each wait for the host, ms: longer than the suite's default 3 s so that an operator can
 * answer the host's own screens (the login page of `auth.loginCancelled`) in time.
 */
export const CONFORMANCE_TIMEOUT_MS = 10_000;

/**
 * 桥接一致性检查: runs the bridge conformance suite against the host the app runs in, over the app's own
 * binding ({@link AppServices.transport}), asking the operator to arrange each condition a case needs.
 */
export class ConformanceStore {
  phase: ConformancePhase = 'idle';
  /** What the operator is asked to arrange now, while the run waits for 已就绪 or 跳过. */
  prompt: ConformancePrompt | undefined = undefined;
  /** The cases finished so far in this run, in order. */
  results: ConformanceCaseResult[] = [];
  /** The JSON report of the last finished run. */
  report: ConformanceReport | undefined = undefined;
  /** Why the run could not start, in Chinese. */
  error: string | undefined = undefined;
  private answer: ((arranged: boolean) => void) | undefined = undefined;

  /**
   * @param hostKeys the host's public signing keys (ES256 JWKs), for the cases that verify its tickets'
   *   signatures; without them those cases are skipped
   */
  constructor(
    private readonly services: Pick<AppServices, 'transport'>,
    private readonly hostKeys: readonly JsonWebKey[] = [],
  ) {
    makeAutoObservable<ConformanceStore, 'services' | 'hostKeys' | 'answer'>(this, {
      services: false,
      hostKeys: false,
      answer: false,
    });
  }

  /** Number of cases in the suite. */
  get caseCount(): number {
    return conformanceSuite.cases.length;
  }

  /** Runs the whole suite once; resolves when the report is there (or the run failed). */
  async start(): Promise<void> {
    if (this.phase === 'running') return;
    this.phase = 'running';
    this.results = [];
    this.report = undefined;
    this.error = undefined;
    try {
      const transport = await this.services.transport();
      const report = await runConformance({
        transport,
        timeoutMs: CONFORMANCE_TIMEOUT_MS,
        ...(this.hostKeys.length > 0 && { hostKeys: this.hostKeys }),
        arrange: (condition) => this.ask(condition),
        onCase: (result) => {
          runInAction(() => {
            this.results.push(result);
          });
        },
      });
      runInAction(() => {
        this.report = report;
        this.phase = 'done';
      });
    } catch (error) {
      runInAction(() => {
        this.error = describeError(error);
        this.phase = 'failed';
      });
    } finally {
      runInAction(() => {
        this.prompt = undefined;
        this.answer = undefined;
      });
    }
  }

  /** The operator's answer to the prompt: 已就绪 (`true`) or 跳过 (`false`: the cases needing it are skipped). */
  respond(arranged: boolean): void {
    const answer = this.answer;
    this.answer = undefined;
    this.prompt = undefined;
    answer?.(arranged);
  }

  /** The report as the JSON text a host team keeps or uploads. */
  get reportJson(): string | undefined {
    return this.report && JSON.stringify(this.report, null, 2);
  }

  private ask(condition: string): Promise<boolean> {
    const described = conformanceSuite.conditions[condition];
    return new Promise((resolve) => {
      runInAction(() => {
        this.prompt = {
          condition,
          kind: described?.kind ?? 'state',
          description: described?.description ?? condition,
        };
        this.answer = resolve;
      });
    });
  }
}
