import initial from './0001_initial';
import hostBridgeVersion from './0002_host_bridge_version';
import attachments from './0003_attachments';
import dropListDay from './0004_drop_list_day';

/** One schema change of the customs backend's database, applied once, in order. */
export interface Migration {
  /** Increasing from 1; recorded in `schema_migrations`. */
  version: number;
  name: string;
  /** The statements, run in one transaction. */
  sql: string;
}

/**
 * Every migration, oldest first. Migrations are TypeScript modules holding SQL text so that Node, the
 * tests and the browser bundle load them alike; add one as `000N_name.ts` and list it here, never edit
 * one that has shipped.
 */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'host_bridge_version', sql: hostBridgeVersion },
  { version: 3, name: 'attachments', sql: attachments },
  { version: 4, name: 'drop_list_day', sql: dropListDay },
];
