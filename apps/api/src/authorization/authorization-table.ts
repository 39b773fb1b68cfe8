import type { TestApp, TestClient } from '../testing/test-app.ts';
import { ACTOR_EMAILS, type ActorName, EVERYONE, MENTEES, MENTORS, SIGNED_IN, STAFF } from './actors.ts';

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

/**
 * Every procedure of the app router, with the actors allowed to call it. The harness fails
 * when a procedure exists that this table does not list: add your row with your procedure.
 */
export const AUTHORIZATION_TABLE: Record<string, PolicyRow> = {
  // ── auth ──
  'auth.me': { allowed: EVERYONE, call: (c) => c.auth.me.query() },
  'auth.signIn': {
    allowed: EVERYONE,
    // Anyone may try to sign in; a wrong password is the answer an attacker gets.
    call: (c, _f, actor) =>
      c.auth.signIn.mutate({
        email: actor === 'anonymous' ? ACTOR_EMAILS.mentee : ACTOR_EMAILS[actor],
        password: 'preceptor-demo',
      }),
  },
  'auth.signOut': { allowed: SIGNED_IN, call: (c) => c.auth.signOut.mutate() },
  'auth.changePassword': {
    allowed: SIGNED_IN,
    allowedOutcome: 'BAD_REQUEST',
    call: (c) =>
      c.auth.changePassword.mutate({
        currentPassword: 'not-my-password',
        newPassword: 'a-new-long-password',
      }),
  },

  // ── matching ──
  'matching.myMatches': { allowed: SIGNED_IN, call: (c) => c.matching.myMatches.query() },

  // ── modules ──
  'modules.myModules': { allowed: MENTEES, call: (c) => c.modules.myModules.query() },

  // ── reflections ──
  'reflections.myJournal': { allowed: SIGNED_IN, call: (c) => c.reflections.myJournal.query() },
  'reflections.reviewQueue': { allowed: MENTORS, call: (c) => c.reflections.reviewQueue.query() },

  // ── cohorts ──
  'cohorts.list': { allowed: STAFF, call: (c) => c.cohorts.list.query() },

  // ── people ──
  'people.list': { allowed: STAFF, call: (c) => c.people.list.query({ page: 1, pageSize: 10 }) },

  // ── reports ──
  'reports.overview': { allowed: STAFF, call: (c) => c.reports.overview.query() },
};
