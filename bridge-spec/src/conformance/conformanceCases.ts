import appClose from '../../conformance/cases/app.close.json';
import authGetSession from '../../conformance/cases/auth.getSession.json';
import authLogin from '../../conformance/cases/auth.login.json';
import delivery from '../../conformance/cases/delivery.json';
import envelope from '../../conformance/cases/envelope.json';
import events from '../../conformance/cases/events.json';
import faceVerify from '../../conformance/cases/face.verify.json';
import hostGetInfo from '../../conformance/cases/host.getInfo.json';
import locationGet from '../../conformance/cases/location.get.json';
import conditions from '../../conformance/conditions.json';
import type { ConformanceCase, ConformanceSuite } from './types';

/** The case files, one per method and one per wire-level group, in the order their cases are listed. */
const CASE_FILES: readonly { cases: readonly unknown[] }[] = [
  hostGetInfo,
  authGetSession,
  authLogin,
  locationGet,
  faceVerify,
  appClose,
  envelope,
  events,
  delivery,
];

/**
 * The run order of the cases: those of the host's default state first, then the others grouped by the
 * condition they need (so each is arranged once), the `exactlyOnce` check of the whole run last.
 */
function runOrder(cases: readonly ConformanceCase[]): ConformanceCase[] {
  const last = cases.filter((c) => c.kind === 'exactlyOnce');
  const rest = cases.filter((c) => c.kind !== 'exactlyOnce');
  const conditionsInOrder = [...new Set(rest.map((c) => c.given ?? 'default'))].sort(
    (a, b) => Number(b === 'default') - Number(a === 'default'),
  );
  return [
    ...conditionsInOrder.flatMap((given) => rest.filter((c) => (c.given ?? 'default') === given)),
    ...last,
  ];
}

/**
 * The conformance suite shipped with this bridge-spec version: the host conditions
 * (`conformance/conditions.json`) and the cases (`conformance/cases/<method or group>.json`), in the
 * order they run. A test validates it against its schema and checks that every method, every
 * host-returnable error code and every event is covered.
 */
export const conformanceSuite: ConformanceSuite = {
  conditions: conditions.conditions as unknown as ConformanceSuite['conditions'],
  cases: runOrder(CASE_FILES.flatMap((file) => file.cases) as ConformanceCase[]),
};
