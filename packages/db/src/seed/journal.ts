/**
 * The named pair's shared history: reflections (one draft, one shared), goals, meetings,
 * module progress and a few notifications, so every signed-in page has something to show.
 * Text is written for the demo and contains no patient identifiers (no names, exact dates,
 * ages or record numbers), so it passes the Safe Harbor check it would face if re-shared.
 */
import { notificationLink } from '@preceptor/domain/notifications/notification-links';
import type { NotificationKind } from '@preceptor/domain/notifications/notification-schemas';
import type { Prisma } from '../generated/prisma/client.ts';

/** What the journal needs from a module imported earlier in the seed, if any. */
export interface SeededModuleRef {
  readonly moduleId: string;
  readonly versionId: string;
  readonly slug: string;
  readonly title: string;
  readonly sections: readonly { readonly key: string; readonly kind: string }[];
}

export interface JournalContext {
  readonly mentee: string;
  /** The mentee's hospital, which their reflections' audit entries concern. */
  readonly menteeHospitalId: string;
  readonly mentor: string;
  readonly pairMatchId: string;
  readonly mentee2: string;
  readonly mentor2: string;
  readonly pair2MatchId: string;
  /** The module the shared reflection answers; null when no module content was loaded. */
  readonly promptModule: SeededModuleRef | null;
}

const at = (iso: string) => new Date(iso);

const SHARED_V1 = [
  '<p>During a redo valve case last month I noticed that the activated clotting time after the heparin ' +
    'dose was lower than I expected. The surgeon was ready to go on bypass and the room was moving fast. ' +
    'I hesitated for what felt like a long time, because I was the most junior person in the room and my ' +
    'senior perfusionist had stepped out for a break.</p>',
  '<p>When I did speak up I used the structure from our module: what I saw, why it worried me, and what I ' +
    'wanted us to do. The surgeon paused, anesthesia gave more heparin, and the repeat value was where it ' +
    'needed to be. Nobody was upset, and the delay was under two minutes.</p>',
].join('');

const SHARED_V2 =
  SHARED_V1 +
  '<p>What I keep coming back to is how much of my hesitation came from worrying about how I would look, ' +
  'not from any doubt about the number. Next time I want to say it the first time I see it. I would like ' +
  'to talk with my mentor about how she raises concerns with surgeons she does not know well, and how ' +
  'she decides when something is worth stopping the line for.</p>';

const DRAFT_V1 =
  '<p>This week I was the perfusionist responsible for the circuit when we moved a patient on VA ECMO ' +
  'from the cath lab to the cardiac ICU. I had practised the checklist in simulation but had never done ' +
  'it for real.</p>' +
  '<p>Things to remember: confirm clamp positions before every move, agree out loud on who calls the ' +
  'stops, and keep the hand crank where I can reach it without looking. I still need to think about why ' +
  'I felt so rushed in the elevator even though nothing went wrong.</p>';

export interface JournalCounts {
  reflections: number;
  goals: number;
  meetings: number;
  notifications: number;
}

export async function seedJournal(tx: Prisma.TransactionClient, ctx: JournalContext): Promise<JournalCounts> {
  const promptSection = ctx.promptModule?.sections.find((section) => section.kind === 'REFLECTION');
  const shared = await tx.reflection.create({
    data: {
      authorId: ctx.mentee,
      title: 'Speaking up about a low clotting time',
      body: SHARED_V2,
      version: 2,
      status: 'SHARED',
      moduleId: ctx.promptModule?.moduleId ?? null,
      promptSectionKey: promptSection?.key ?? null,
      sharedAt: at('2026-10-19T02:10:00Z'),
      createdAt: at('2026-10-17T01:30:00Z'),
      // One row per saved version: the history the author and mentor can page through.
      versions: {
        create: [
          {
            version: 1,
            title: 'Speaking up about a low clotting time',
            body: SHARED_V1,
            createdAt: at('2026-10-17T01:30:00Z'),
          },
          {
            version: 2,
            title: 'Speaking up about a low clotting time',
            body: SHARED_V2,
            createdAt: at('2026-10-19T02:05:00Z'),
          },
        ],
      },
      shares: { create: { mentorId: ctx.mentor, version: 2, sharedAt: at('2026-10-19T02:10:00Z') } },
    },
    select: { id: true },
  });
  // The share is audited in the product (reflection-sharing.ts), so the seeded one is too.
  await tx.auditLog.create({
    data: {
      actorId: ctx.mentee,
      action: 'reflection.share',
      entityType: 'Reflection',
      entityId: shared.id,
      hospitalIds: [ctx.menteeHospitalId],
      metadata: { mentorIds: [ctx.mentor], source: 'demo-seed' },
      createdAt: at('2026-10-19T02:10:00Z'),
    },
  });
  await tx.reflection.create({
    data: {
      authorId: ctx.mentee,
      title: 'First ECMO transport',
      body: DRAFT_V1,
      version: 1,
      status: 'DRAFT',
      createdAt: at('2026-11-20T03:00:00Z'),
      versions: {
        create: {
          version: 1,
          title: 'First ECMO transport',
          body: DRAFT_V1,
          createdAt: at('2026-11-20T03:00:00Z'),
        },
      },
    },
  });

  const goals = await tx.goal.createMany({
    data: [
      {
        ownerId: ctx.mentee,
        matchId: ctx.pairMatchId,
        title: 'Join the adult ECMO call rotation',
        description: 'Finish the ECMO competency checklist and three supervised circuit primes.',
        targetDate: at('2027-06-01'),
      },
      {
        ownerId: ctx.mentee,
        matchId: ctx.pairMatchId,
        title: 'Raise a concern in the time-out without waiting to be asked',
        status: 'DONE',
        targetDate: at('2026-12-31'),
      },
      {
        ownerId: ctx.mentee2,
        matchId: ctx.pair2MatchId,
        title: 'Sit the CNIM exam',
        description: 'Log the remaining supervised cases and work through two practice exams.',
        targetDate: at('2027-05-15'),
      },
    ],
  });

  const meetings = await tx.meeting.createMany({
    data: [
      {
        matchId: ctx.pairMatchId,
        loggedById: ctx.mentor,
        occurredAt: at('2026-09-22T21:00:00Z'),
        durationMinutes: 45,
        notes: 'Kick-off. Agreed to meet monthly and to make the ECMO call rotation the goal for the year.',
      },
      {
        matchId: ctx.pairMatchId,
        loggedById: ctx.mentee,
        occurredAt: at('2026-10-27T21:30:00Z'),
        durationMinutes: 30,
        notes: 'Talked through the speaking-up reflection and phrasing concerns during the time-out.',
      },
      {
        matchId: ctx.pair2MatchId,
        loggedById: ctx.mentor2,
        occurredAt: at('2026-10-13T22:00:00Z'),
        durationMinutes: 60,
        notes: 'Reviewed MEP baselines from two spine cases and set up a study plan.',
      },
    ],
  });

  // As the services write them: who and what happened, never a reflection's words.
  const notifications = await tx.notification.createMany({
    data: [
      {
        userId: ctx.mentor,
        kind: 'reflection.shared' satisfies NotificationKind,
        title: 'Jordan Reyes shared a reflection for your review',
        link: notificationLink('review', { reflectionId: shared.id }),
        createdAt: at('2026-10-19T02:10:00Z'),
      },
      {
        userId: ctx.mentee,
        kind: 'match.published' satisfies NotificationKind,
        title: 'You have a mentor: Maya Okafor',
        body: 'See why we matched you under My matches.',
        link: notificationLink('myMatches'),
        readAt: at('2026-09-15T16:00:00Z'),
        createdAt: at('2026-09-15T15:00:00Z'),
      },
      {
        userId: ctx.mentee2,
        kind: 'match.published' satisfies NotificationKind,
        title: 'You have a mentor: Priya Raman',
        body: 'See why we matched you under My matches.',
        link: notificationLink('myMatches'),
        createdAt: at('2026-10-06T15:00:00Z'),
      },
    ],
  });

  if (ctx.promptModule) {
    // Part-way through the module the reflection answers: lessons and case done, quiz still to take.
    const module = ctx.promptModule;
    await tx.moduleProgress.create({
      data: {
        userId: ctx.mentee,
        moduleId: module.moduleId,
        moduleVersionId: module.versionId,
        completedSectionKeys: module.sections
          .filter((section) => section.kind === 'LESSON' || section.kind === 'CASE')
          .map((section) => section.key),
        startedAt: at('2026-10-12T01:00:00Z'),
      },
    });
  }

  return { reflections: 2, goals: goals.count, meetings: meetings.count, notifications: notifications.count };
}
