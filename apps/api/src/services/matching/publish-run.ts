import { DomainError } from '@preceptor/domain/errors';
import type { PublishResult } from '@preceptor/domain/matching/workflow-schemas';
import { notificationLink } from '@preceptor/domain/notifications/notification-links';
import { cohortForStaff } from '../access/cohort-for-staff.ts';
import { writeAudit } from '../audit-log.ts';
import { lockCohort } from '../cohorts/cohort-lock.ts';
import { notify } from '../notifications/notify.ts';
import { welcomeMatches } from '../programme/match-welcome.ts';
import type { ActorContext } from '../service-context.ts';
import { fullName, pairPersonSelect } from './pair-people.ts';
import { hospitalsOf } from './pair-rules.ts';

/**
 * Makes the cohort's preview real in one transaction: every proposal becomes ACTIVE, both
 * people are told, and each match is audited. If the cohort changed since the run (someone got
 * a mentor, a mentor left or filled up), nothing is published and staff are asked to run again.
 */
export async function publishRun(ctx: ActorContext, input: { cohortId: string }): Promise<PublishResult> {
  const { db, actor, meta } = ctx;
  const { cohortId } = input;
  return db.$transaction(async (tx) => {
    const cohort = await cohortForStaff(tx, actor, cohortId, true);
    await lockCohort(tx, cohort.id);
    const run = await tx.matchRun.findFirst({
      where: { cohortId: cohort.id, status: 'PREVIEW' },
      orderBy: { createdAt: 'desc' },
      select: {
        id: true,
        matches: {
          where: { status: 'PROPOSED' },
          select: {
            id: true,
            mentee: {
              select: {
                ...pairPersonSelect,
                active: true,
                userId: true,
                matchesAsMentee: { where: { status: 'ACTIVE' }, select: { id: true } },
              },
            },
            mentor: {
              select: {
                ...pairPersonSelect,
                active: true,
                userId: true,
                capacity: true,
                matchesAsMentor: { where: { status: 'ACTIVE' }, select: { id: true } },
              },
            },
          },
        },
      },
    });
    if (!run)
      throw new DomainError('PRECONDITION_FAILED', 'There is no preview to publish. Run matching first.');

    const newPerMentor = new Map<string, number>();
    for (const m of run.matches) newPerMentor.set(m.mentor.id, (newPerMentor.get(m.mentor.id) ?? 0) + 1);
    const stale = run.matches.filter(
      (m) =>
        !m.mentee.active ||
        !m.mentor.active ||
        m.mentee.matchesAsMentee.length > 0 ||
        m.mentor.matchesAsMentor.length + (newPerMentor.get(m.mentor.id) ?? 0) > (m.mentor.capacity ?? 0),
    );
    if (stale.length > 0) {
      throw new DomainError(
        'CONFLICT',
        `The cohort changed since this preview (${stale.length} proposal${stale.length === 1 ? '' : 's'} no longer fit). Run matching again, then publish.`,
      );
    }

    const now = ctx.clock.now();
    await tx.match.updateMany({
      where: { runId: run.id, status: 'PROPOSED' },
      data: { status: 'ACTIVE', activatedAt: now },
    });
    await tx.matchRun.update({ where: { id: run.id }, data: { status: 'PUBLISHED', publishedAt: now } });
    await notify(
      tx,
      run.matches.flatMap((m) => [
        {
          userId: m.mentee.userId,
          kind: 'match.published' as const,
          title: `You have a mentor in ${cohort.name}: ${fullName(m.mentor)}`,
          body: 'See why we matched you under My matches.',
          link: notificationLink('myMatches'),
        },
        {
          userId: m.mentor.userId,
          kind: 'match.published' as const,
          title: `You have a new mentee in ${cohort.name}: ${fullName(m.mentee)}`,
          body: 'See why we matched you under My mentees.',
          link: notificationLink('myMentees'),
        },
      ]),
    );
    await welcomeMatches(
      tx,
      ctx,
      cohort,
      run.matches.map((m) => m.id),
    );
    for (const m of run.matches) {
      await writeAudit(tx, actor.userId, meta, {
        action: 'match.publish',
        entityType: 'Match',
        entityId: m.id,
        hospitalIds: hospitalsOf(m.mentee, m.mentor),
        metadata: { cohortId: cohort.id, runId: run.id },
      });
    }
    await writeAudit(tx, actor.userId, meta, {
      action: 'matching.publish',
      entityType: 'MatchRun',
      entityId: run.id,
      hospitalIds: cohort.hospitalIds,
      metadata: { cohortId: cohort.id, activated: run.matches.length },
    });
    return { runId: run.id, activated: run.matches.length };
  });
}
