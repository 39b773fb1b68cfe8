import { ACTOR_EMAILS, MENTORS, SIGNED_IN, STAFF } from './actors.ts';
import { freshNotificationOf } from './notification-fixtures.ts';
import type { AreaRows } from './policy-row.ts';
import { freshReflection, freshReview } from './reflection-fixtures.ts';

/** Reflections — the most sensitive rows — and the in-app inbox they feed. */
export const REFLECTION_ROWS: AreaRows = {
  // ── reflections ──
  'reflections.myJournal': { allowed: SIGNED_IN, call: (c) => c.reflections.myJournal.query() },
  'reflections.reviewQueue': { allowed: MENTORS, call: (c) => c.reflections.reviewQueue.query() },
  'reflections.reviewHistory': { allowed: MENTORS, call: (c) => c.reflections.reviewHistory.query() },
  // Record-scoped rows act on a fresh reflection by mentee@ (shared with mentor@ where it says so).
  'reflections.create': {
    allowed: SIGNED_IN,
    call: (c) => c.reflections.create.mutate({ title: 'A new reflection', body: '<p>Started today.</p>' }),
  },
  'reflections.save': {
    allowed: ['mentee'],
    call: async (c, f) =>
      c.reflections.save.mutate({
        reflectionId: await freshReflection(f.app.prisma),
        expectedVersion: 1,
        title: 'After the pump alarm',
        body: '<p>Rewritten.</p>',
      }),
  },
  'reflections.versions': {
    allowed: ['mentee'],
    call: async (c, f) =>
      c.reflections.versions.query({ reflectionId: await freshReflection(f.app.prisma, { shared: true }) }),
  },
  'reflections.restoreVersion': {
    allowed: ['mentee'],
    call: async (c, f) =>
      c.reflections.restoreVersion.mutate({
        reflectionId: await freshReflection(f.app.prisma),
        version: 1,
        expectedVersion: 1,
      }),
  },
  'reflections.confirmFinding': {
    allowed: ['mentee'],
    call: async (c, f) =>
      c.reflections.confirmFinding.mutate({
        reflectionId: await freshReflection(f.app.prisma, {
          body: '<p>Mr. Alvarez asked me to check the line.</p>',
        }),
        kind: 'name',
        text: 'Mr. Alvarez',
      }),
  },
  'reflections.share': {
    allowed: ['mentee'],
    call: async (c, f) => c.reflections.share.mutate({ reflectionId: await freshReflection(f.app.prisma) }),
  },
  'reflections.unshare': {
    allowed: ['mentee'],
    call: async (c, f) =>
      c.reflections.unshare.mutate({ reflectionId: await freshReflection(f.app.prisma, { shared: true }) }),
  },
  'reflections.get': {
    allowed: ['mentee', 'mentor'],
    call: async (c, f) =>
      c.reflections.get.query({ reflectionId: await freshReflection(f.app.prisma, { shared: true }) }),
  },
  'reflections.feedback': {
    allowed: ['mentee', 'mentor'],
    call: async (c, f) =>
      c.reflections.feedback.query({ reflectionId: await freshReflection(f.app.prisma, { shared: true }) }),
  },
  'reflections.growth': {
    allowed: ['mentee', 'mentor'],
    call: async (c, f) => c.reflections.growth.query({ menteeId: await f.app.userId(ACTOR_EMAILS.mentee) }),
  },
  'reflections.review': {
    allowed: ['mentor'],
    call: async (c, f) =>
      c.reflections.review.mutate({
        reflectionId: await freshReflection(f.app.prisma, { shared: true }),
        reflectionVersion: 1,
        criteria: {
          WRITING_SPECTRUM: 'THOUGHTFUL_ACTION',
          PRESENCE: 'REFLECTION',
          DILEMMA: 'THOUGHTFUL_ACTION',
          EMOTIONS: 'REFLECTION',
          MEANING_MAKING: 'HABITUAL_ACTION',
        },
        strengthQuote: 'I froze when the pump alarm sounded',
        strengthNote: 'You name what happened to you, not only what happened.',
        furtherQuestion: 'What did the shame make you do next?',
        generalComment: 'Thank you for writing this down.',
        outcome: 'REVIEWED',
      }),
  },
  // Acts on a fresh review of a fresh reflection by mentee@: only its author may answer it.
  'reflections.respondToReview': {
    allowed: ['mentee'],
    call: async (c, f) =>
      c.reflections.respondToReview.mutate({
        reviewId: await freshReview(f.app.prisma),
        response: 'I will try that question at the next handoff.',
        agreedNextStep: 'Say the number out loud at once.',
      }),
  },
  'reflections.reflectionStatusReport': {
    allowed: STAFF,
    call: (c) => c.reflections.reflectionStatusReport.query(),
  },
  // ── notifications: everyone signed in has an inbox; the rows act on the caller's own ──
  'notifications.list': {
    allowed: SIGNED_IN,
    call: (c) => c.notifications.list.query({ limit: 5, unreadOnly: false }),
  },
  'notifications.unreadCount': { allowed: SIGNED_IN, call: (c) => c.notifications.unreadCount.query() },
  'notifications.markRead': {
    allowed: SIGNED_IN,
    call: async (c, f, actor) =>
      c.notifications.markRead.mutate({ ids: [await freshNotificationOf(f.app.prisma, actor)] }),
  },
  'notifications.markAllRead': { allowed: SIGNED_IN, call: (c) => c.notifications.markAllRead.mutate() },
};
