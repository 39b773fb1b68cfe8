import type { TestApp, TestClient } from '../testing/test-app.ts';
import type { ActorName } from './actors.ts';
import type { ProcedurePath } from './procedure-paths.ts';

export const HOSPITAL_ONE_STAFF: readonly ActorName[] = ['coordinator', 'admin'];
/** mentee@ and mentor@, the demo pair. */
export const THE_PAIR: readonly ActorName[] = ['mentee', 'mentor'];

export interface Fixture {
  app: TestApp;
}

export interface PolicyRow {
  /** Who may call it. Everyone else must be refused (UNAUTHORIZED, FORBIDDEN or NOT_FOUND). */
  allowed: readonly ActorName[];
  /** Calls the procedure with input that is valid for an allowed actor. */
  call: (client: TestClient, fixture: Fixture, actor: ActorName) => Promise<unknown>;
  /**
   * What an allowed actor's call yields: success (default), or a named business error that
   * still proves the access check let them through (e.g. a wrong current password).
   */
  allowedOutcome?: 'success' | 'BAD_REQUEST';
}

/** One area's rows, keyed by procedure path, so a misspelt or removed procedure fails `tsc`. */
export type AreaRows = { readonly [Path in ProcedurePath]?: PolicyRow };
