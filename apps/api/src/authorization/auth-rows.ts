import { ACTOR_EMAILS, EVERYONE, SIGNED_IN } from './actors.ts';
import { freshSetupToken } from './admin-fixtures.ts';
import type { AreaRows } from './policy-row.ts';

/** Signing in and out, the session, one's own password. */
export const AUTH_ROWS: AreaRows = {
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
  'auth.setPassword': {
    allowed: EVERYONE,
    call: async (c, f) =>
      c.auth.setPassword.mutate({
        token: await freshSetupToken(f.app.prisma),
        password: 'a-long-new-password',
      }),
  },
  'auth.changePassword': {
    allowed: SIGNED_IN,
    allowedOutcome: 'BAD_REQUEST',
    call: (c) =>
      c.auth.changePassword.mutate({
        currentPassword: 'not-my-password',
        newPassword: 'a-new-long-password',
      }),
  },
};
