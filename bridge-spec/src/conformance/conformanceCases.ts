import cases from '../../conformance/cases.json';
import type { ConformanceSuite } from './types';

/**
 * The conformance suite shipped with this bridge-spec version (`conformance/cases.json`): the host
 * conditions and the cases in the order they run. A test validates it against its schema and checks
 * that every method, every host-returnable error code and every event is covered.
 */
export const conformanceSuite: ConformanceSuite = cases as unknown as ConformanceSuite;
