import { DEFAULT_MATCHING_WEIGHTS } from '@preceptor/domain/matching/weights';
import type { TestApp, TestClient } from '../testing/test-app.ts';
import {
  ACTOR_EMAILS,
  type ActorName,
  ADMIN,
  EVERYONE,
  MENTEES,
  MENTORS,
  SIGNED_IN,
  STAFF,
} from './actors.ts';
import {
  freshHospital,
  freshHospitalOneCohort,
  freshHospitalOneMembership,
  freshHospitalOnePerson,
  freshSetupToken,
  freshStaffRole,
  hospitalId,
  SAMPLE_PROFILE,
  uniqueCode,
  uniqueEmail,
} from './admin-fixtures.ts';
import { freshGoal } from './goal-fixtures.ts';
import {
  demoPairMatchId,
  freshActiveMatch,
  freshPair,
  hospitalOneCohortId,
  menteeCohortId,
} from './matching-fixtures.ts';
import { freshMeetingOf } from './meeting-fixtures.ts';
import { freshContent, freshDraft, freshOpenAttempt, menteeOnlyModule } from './module-fixtures.ts';
import { freshNotificationOf } from './notification-fixtures.ts';
import { freshReflection } from './reflection-fixtures.ts';

const HOSPITAL_ONE_STAFF: readonly ActorName[] = ['coordinator', 'admin'];
/** mentee@ and mentor@, the demo pair. */
const THE_PAIR: readonly ActorName[] = ['mentee', 'mentor'];

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

  // ── matching ──
  // Pairs of hospital 1's people: coordinator2 shares the cohort but not the people, so is refused.
  'matching.myMatches': { allowed: SIGNED_IN, call: (c) => c.matching.myMatches.query() },
  'matching.weights': {
    allowed: STAFF,
    call: async (c, f) => c.matching.weights.query({ cohortId: await hospitalOneCohortId(f.app.prisma) }),
  },
  'matching.updateWeights': {
    allowed: STAFF,
    call: async (c, f) =>
      c.matching.updateWeights.mutate({
        cohortId: (await freshPair(f.app.prisma)).cohortId,
        weights: DEFAULT_MATCHING_WEIGHTS,
      }),
  },
  'matching.run': {
    allowed: STAFF,
    call: async (c, f) => c.matching.run.mutate({ cohortId: (await freshPair(f.app.prisma)).cohortId }),
  },
  'matching.preview': {
    allowed: STAFF,
    call: async (c, f) => c.matching.preview.query({ cohortId: await hospitalOneCohortId(f.app.prisma) }),
  },
  'matching.pin': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) => c.matching.pin.mutate(await freshPair(f.app.prisma)),
  },
  'matching.exclude': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) => c.matching.exclude.mutate(await freshPair(f.app.prisma)),
  },
  'matching.clearRule': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) => {
      const pair = await freshPair(f.app.prisma);
      await f.app.prisma.pairRule.create({ data: { ...pair, kind: 'EXCLUDE' } });
      return c.matching.clearRule.mutate(pair);
    },
  },
  'matching.publish': {
    allowed: STAFF,
    call: async (c, f) => {
      const { cohortId } = await freshPair(f.app.prisma);
      await c.matching.run.mutate({ cohortId });
      return c.matching.publish.mutate({ cohortId });
    },
  },
  'matching.cohortMatches': {
    allowed: STAFF,
    call: async (c, f) =>
      c.matching.cohortMatches.query({ cohortId: await hospitalOneCohortId(f.app.prisma) }),
  },
  'matching.endMatch': {
    allowed: STAFF,
    call: async (c, f) =>
      c.matching.endMatch.mutate({
        matchId: await freshActiveMatch(f.app.prisma),
        reason: 'Schedules never lined up',
      }),
  },
  'matching.suggestions': { allowed: MENTEES, call: (c) => c.matching.suggestions.query() },
  'matching.setPreferences': {
    allowed: MENTEES,
    call: async (c, f, actor) =>
      c.matching.setPreferences.mutate({
        cohortId: await menteeCohortId(
          f.app.prisma,
          actor === 'otherMentee' ? ACTOR_EMAILS.otherMentee : ACTOR_EMAILS.mentee,
        ),
        mentorMembershipIds: [],
      }),
  },
  'matching.reportNotAGoodFit': {
    allowed: MENTEES,
    // Each mentee reports on a match of their own; everyone else tries mentee@'s.
    call: async (c, f, actor) => {
      const email = actor === 'otherMentee' ? ACTOR_EMAILS.otherMentee : ACTOR_EMAILS.mentee;
      const matchId = await freshActiveMatch(f.app.prisma, await f.app.userId(email));
      return c.matching.reportNotAGoodFit.mutate({ matchId, reason: 'We want different things' });
    },
  },

  // ── meetings ──
  // Only the pair itself: another pair and staff (even hospital 1's) are refused, notes or not.
  'meetings.forMatch': {
    allowed: THE_PAIR,
    call: async (c, f) => c.meetings.forMatch.query({ matchId: await demoPairMatchId(f.app.prisma) }),
  },
  'meetings.log': {
    allowed: THE_PAIR,
    call: async (c, f) =>
      c.meetings.log.mutate({
        matchId: await demoPairMatchId(f.app.prisma),
        occurredAt: new Date(Date.now() - 60 * 60 * 1000),
        durationMinutes: 40,
        notes: 'Logged by the harness',
      }),
  },
  'meetings.edit': {
    allowed: THE_PAIR,
    call: async (c, f, actor) =>
      c.meetings.edit.mutate({
        meetingId: await freshMeetingOf(f.app.prisma, actor),
        occurredAt: new Date(Date.now() - 2 * 60 * 60 * 1000),
        durationMinutes: 50,
        notes: 'Edited by the harness',
      }),
  },
  'meetings.delete': {
    allowed: THE_PAIR,
    call: async (c, f, actor) =>
      c.meetings.delete.mutate({ meetingId: await freshMeetingOf(f.app.prisma, actor) }),
  },

  // ── modules ──
  'modules.myModules': { allowed: MENTEES, call: (c) => c.modules.myModules.query() },
  // mentee@'s own modules: otherMentee is a mentee too, but not assigned them (NOT_FOUND).
  'modules.module': {
    allowed: ['mentee'],
    call: async (c, f) => c.modules.module.query({ slug: (await menteeOnlyModule(f.app.prisma, 0)).slug }),
  },
  'modules.markSectionDone': {
    allowed: ['mentee'],
    call: async (c, f) => {
      const module = await menteeOnlyModule(f.app.prisma, 0);
      return c.modules.markSectionDone.mutate({ moduleId: module.id, sectionKey: module.lessonKey });
    },
  },
  'modules.startQuizAttempt': {
    allowed: ['mentee'],
    call: async (c, f) =>
      c.modules.startQuizAttempt.mutate({ moduleId: (await menteeOnlyModule(f.app.prisma, 1)).id }),
  },
  'modules.submitQuizAttempt': {
    allowed: ['mentee'],
    call: async (c, f) =>
      c.modules.submitQuizAttempt.mutate({ attemptId: await freshOpenAttempt(f.app.prisma), answers: {} }),
  },
  'modules.startReflection': {
    allowed: ['mentee'],
    call: async (c, f) =>
      c.modules.startReflection.mutate({ moduleId: (await menteeOnlyModule(f.app.prisma, 0)).id }),
  },
  // hospital 1's cohort: coordinator2 coordinates only hospital 3, which it does not include.
  'modules.curriculum': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.modules.curriculum.query({ cohortId: await freshHospitalOneCohort(f.app.prisma) }),
  },
  'modules.setCurriculum': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.modules.setCurriculum.mutate({
        cohortId: await freshHospitalOneCohort(f.app.prisma),
        sequential: true,
        items: [{ moduleId: (await menteeOnlyModule(f.app.prisma, 0)).id, dueAt: null }],
      }),
  },
  'modules.cohortProgress': { allowed: STAFF, call: (c) => c.modules.cohortProgress.query() },
  'modules.menteeProgress': { allowed: MENTORS, call: (c) => c.modules.menteeProgress.query() },
  'modules.catalogue': { allowed: ADMIN, call: (c) => c.modules.catalogue.query() },
  'modules.moduleVersions': {
    allowed: ADMIN,
    call: async (c, f) =>
      c.modules.moduleVersions.query({ moduleId: (await freshDraft(f.app.prisma)).moduleId }),
  },
  'modules.versionContent': {
    allowed: ADMIN,
    call: async (c, f) =>
      c.modules.versionContent.query({ versionId: (await freshDraft(f.app.prisma)).versionId }),
  },
  'modules.createDraft': {
    allowed: ADMIN,
    call: async (c, f) =>
      c.modules.createDraft.mutate({ moduleId: (await freshDraft(f.app.prisma)).moduleId }),
  },
  'modules.updateDraft': {
    allowed: ADMIN,
    call: async (c, f) => {
      const draft = await freshDraft(f.app.prisma);
      return c.modules.updateDraft.mutate({
        versionId: draft.versionId,
        content: { ...draft.content, title: 'Edited in the harness' },
      });
    },
  },
  'modules.publishDraft': {
    allowed: ADMIN,
    call: async (c, f) =>
      c.modules.publishDraft.mutate({ versionId: (await freshDraft(f.app.prisma)).versionId }),
  },
  'modules.importModule': {
    allowed: ADMIN,
    call: (c) => c.modules.importModule.mutate({ text: JSON.stringify(freshContent()) }),
  },
  'modules.exportModule': {
    allowed: ADMIN,
    call: async (c, f) =>
      c.modules.exportModule.query({ versionId: (await freshDraft(f.app.prisma)).versionId }),
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

  // ── reflections ──
  'reflections.myJournal': { allowed: SIGNED_IN, call: (c) => c.reflections.myJournal.query() },
  'reflections.reviewQueue': { allowed: MENTORS, call: (c) => c.reflections.reviewQueue.query() },
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
        level: 'THOUGHTFUL_ACTION',
        generalComment: 'Thank you for writing this down.',
        outcome: 'REVIEWED',
      }),
  },
  'reflections.reflectionStatusReport': {
    allowed: STAFF,
    call: (c) => c.reflections.reflectionStatusReport.query(),
  },

  // ── cohorts ──
  'cohorts.list': { allowed: STAFF, call: (c) => c.cohorts.list.query() },
  // Hospital 1's own cohorts (SMH only): otherCoordinator, who coordinates PCH, is refused each one.
  'cohorts.get': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) => c.cohorts.get.query({ id: await freshHospitalOneCohort(f.app.prisma) }),
  },
  'cohorts.create': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.cohorts.create.mutate({
        name: 'Harness cohort',
        description: null,
        hospitalIds: [await hospitalId(f.app.prisma, 'SMH')],
        startDate: new Date('2027-02-01'),
        endDate: new Date('2027-08-01'),
      }),
  },
  'cohorts.update': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.cohorts.update.mutate({
        id: await freshHospitalOneCohort(f.app.prisma),
        name: 'Harness cohort, renamed',
        description: 'Edited by the harness',
        hospitalIds: [await hospitalId(f.app.prisma, 'SMH')],
        startDate: new Date('2027-02-01'),
        endDate: new Date('2027-08-01'),
      }),
  },
  'cohorts.setStatus': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.cohorts.setStatus.mutate({ id: await freshHospitalOneCohort(f.app.prisma), status: 'ACTIVE' }),
  },
  'cohorts.members': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) => c.cohorts.members.query({ cohortId: await freshHospitalOneCohort(f.app.prisma) }),
  },
  'cohorts.addMembers': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.cohorts.addMembers.mutate({
        cohortId: await freshHospitalOneCohort(f.app.prisma),
        role: 'MENTOR',
        capacity: 2,
        userIds: [await freshHospitalOnePerson(f.app.prisma)],
      }),
  },
  'cohorts.updateMember': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.cohorts.updateMember.mutate({
        membershipId: await freshHospitalOneMembership(f.app.prisma),
        role: 'MENTOR',
        capacity: 1,
      }),
  },
  'cohorts.removeMember': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.cohorts.removeMember.mutate({ membershipId: await freshHospitalOneMembership(f.app.prisma) }),
  },

  // ── goals: record-scoped rows act on a fresh goal of mentee@'s, shared with mentor@ ──
  'goals.mine': { allowed: MENTEES, call: (c) => c.goals.mine.query() },
  'goals.mentorOptions': { allowed: MENTEES, call: (c) => c.goals.mentorOptions.query() },
  'goals.create': {
    allowed: MENTEES,
    call: (c) =>
      c.goals.create.mutate({
        title: 'Lead a circuit prime',
        description: null,
        targetDate: null,
        matchId: null,
      }),
  },
  'goals.update': {
    allowed: ['mentee'],
    call: async (c, f) =>
      c.goals.update.mutate({
        goalId: await freshGoal(f.app.prisma, { shared: true }),
        title: 'Stay calm when the pump alarm sounds',
        description: null,
        targetDate: '2027-03-01',
        matchId: null,
      }),
  },
  'goals.changeStatus': {
    allowed: ['mentee'],
    call: async (c, f) =>
      c.goals.changeStatus.mutate({
        goalId: await freshGoal(f.app.prisma, { shared: true }),
        status: 'DONE',
      }),
  },
  'goals.delete': {
    allowed: ['mentee'],
    call: async (c, f) => c.goals.delete.mutate({ goalId: await freshGoal(f.app.prisma, { shared: true }) }),
  },
  'goals.ofMatch': {
    allowed: ['mentor'],
    call: async (c, f) => c.goals.ofMatch.query({ matchId: await demoPairMatchId(f.app.prisma) }),
  },

  // ── hospitals and staff roles ──
  'hospitals.list': { allowed: STAFF, call: (c) => c.hospitals.list.query() },
  'hospitals.create': {
    allowed: ADMIN,
    call: (c) =>
      c.hospitals.create.mutate({
        name: 'Harness Regional',
        code: uniqueCode(),
        city: 'Dayton',
        state: 'OH',
        timeZone: 'America/New_York',
      }),
  },
  'hospitals.update': {
    allowed: ADMIN,
    call: async (c, f) => {
      const hospital = await freshHospital(f.app.prisma);
      return c.hospitals.update.mutate({
        ...hospital,
        name: 'Harness Regional, renamed',
        city: 'Akron',
        state: 'OH',
        timeZone: 'America/New_York',
      });
    },
  },
  'hospitals.setActive': {
    allowed: ADMIN,
    call: async (c, f) =>
      c.hospitals.setActive.mutate({ id: (await freshHospital(f.app.prisma)).id, active: false }),
  },
  'hospitals.staffRoles': { allowed: ADMIN, call: (c) => c.hospitals.staffRoles.query() },
  'hospitals.grantStaffRole': {
    allowed: ADMIN,
    call: async (c, f) =>
      c.hospitals.grantStaffRole.mutate({
        userId: await freshHospitalOnePerson(f.app.prisma),
        kind: 'COORDINATOR',
        hospitalIds: [await hospitalId(f.app.prisma, 'SMH')],
      }),
  },
  'hospitals.revokeStaffRole': {
    allowed: ADMIN,
    call: async (c, f) => c.hospitals.revokeStaffRole.mutate({ roleId: await freshStaffRole(f.app.prisma) }),
  },

  // ── audit ──
  'audit.list': { allowed: STAFF, call: (c) => c.audit.list.query({ page: 1, pageSize: 10 }) },

  // ── people ──
  'people.list': { allowed: STAFF, call: (c) => c.people.list.query({ page: 1, pageSize: 10 }) },
  // People of hospital 1: otherCoordinator administers PCH only, so is refused each one.
  'people.get': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) => c.people.get.query({ id: await f.app.userId(ACTOR_EMAILS.mentee) }),
  },
  'people.create': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.people.create.mutate({
        email: uniqueEmail('harness-new'),
        firstName: 'Harness',
        lastName: 'Newcomer',
        hospitalId: await hospitalId(f.app.prisma, 'SMH'),
        profile: SAMPLE_PROFILE,
      }),
  },
  'people.update': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.people.update.mutate({
        id: await freshHospitalOnePerson(f.app.prisma),
        email: uniqueEmail('harness-edited'),
        firstName: 'Edited',
        lastName: 'Person',
        hospitalId: await hospitalId(f.app.prisma, 'SMH'),
        profile: SAMPLE_PROFILE,
      }),
  },
  'people.setActive': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) =>
      c.people.setActive.mutate({ id: await freshHospitalOnePerson(f.app.prisma), active: false }),
  },
  'people.issueSetupLink': {
    allowed: HOSPITAL_ONE_STAFF,
    call: async (c, f) => c.people.issueSetupLink.mutate({ id: await freshHospitalOnePerson(f.app.prisma) }),
  },
  'people.import': {
    allowed: HOSPITAL_ONE_STAFF,
    // Into a hospital-1 cohort; a coordinator importing another hospital's people is in people-admin tests.
    call: async (c, f) =>
      c.people.import.mutate({
        cohortId: await freshHospitalOneCohort(f.app.prisma),
        csv: `email,first_name,last_name,hospital,role,capacity\n${uniqueEmail('harness-import')},Im,Ported,SMH,mentor,2\n`,
      }),
  },
  'people.myProfile': { allowed: SIGNED_IN, call: (c) => c.people.myProfile.query() },
  'people.updateMyProfile': {
    allowed: SIGNED_IN,
    call: (c) => c.people.updateMyProfile.mutate(SAMPLE_PROFILE),
  },

  // ── reports ──
  'reports.overview': { allowed: STAFF, call: (c) => c.reports.overview.query() },
};
