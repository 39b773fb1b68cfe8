import type { Prisma } from '@preceptor/db';
import { Profession } from '@preceptor/domain/people/people-schemas';
import type { Actor } from '@preceptor/domain/permissions/actor';
import type { ActorContext, ServiceContext } from '../../service-context.ts';
import { cohortComparisonSection } from '../cohort-comparison.ts';
import { engagementSection } from '../engagement.ts';
import { learningSection } from '../learning.ts';
import { matchHealthSection } from '../match-health.ts';
import { participationSection } from '../participation.ts';
import { reflectionPipelineSection } from '../reflection-pipeline.ts';
import { type ReportScope, reportScope } from '../report-scope.ts';
import { inReportSnapshot } from '../run-report.ts';
import { ALL_PROFESSIONS, type RollupSection } from './rollup-slice.ts';

type CountSection = (ctx: ActorContext, scope: ReportScope) => Promise<unknown>;

const SECTIONS: Record<RollupSection, CountSection> = {
  participation: participationSection,
  engagement: engagementSection,
  learning: learningSection,
  reflectionPipeline: reflectionPipelineSection,
  matchHealth: matchHealthSection,
  cohortComparison: cohortComparisonSection,
};

/**
 * All sections over the whole network take 1–1.5 minutes on the shared 2-core machine at 100,000
 * people, three at a heavy load (docs/PERFORMANCE.md); within the 15-minute interval either way.
 */
const REFRESH_TIMEOUT_MS = 10 * 60_000;

/** The rollup counts as a network admin would: every hospital, nobody's own account. */
const NETWORK_READER: Actor = { userId: 'reports.rollup', isNetworkAdmin: true, coordinatedHospitalIds: [] };

export interface RollupRefreshSummary {
  refreshedAt: Date;
  slices: number;
  /** Time spent counting each section over all slices, and in all (with the write). */
  sectionMs: Record<RollupSection, number>;
  totalMs: number;
}

/**
 * The `reports.rollup` job: counts every rolled-up section for the whole network, for every
 * profession together and for each profession, with one `now` for all of them, then replaces the
 * stored rows in one transaction, so a reader sees one refresh or the next, never a mix. The
 * counting itself is one read-only repeatable-read transaction (one snapshot).
 *
 * The counting is the live statements themselves (the section functions), so the stored figures
 * are by construction what the live report said at `refreshedAt`; the integration test
 * (report-rollup.integration.test.ts) checks it end to end.
 */
export async function refreshReportRollup(ctx: ServiceContext): Promise<RollupRefreshSummary> {
  const started = performance.now();
  const refreshedAt = ctx.clock.now();
  const reader: ActorContext = { ...ctx, actor: NETWORK_READER, clock: { now: () => new Date(refreshedAt) } };
  const sectionMs = Object.fromEntries(Object.keys(SECTIONS).map((key) => [key, 0])) as Record<
    RollupSection,
    number
  >;
  // Every section of every slice counts one snapshot of the database: the figures agree with
  // each other (and with the lists as they were then), however long the counting takes.
  const rows = await inReportSnapshot(reader, REFRESH_TIMEOUT_MS, async (snapshot) => {
    const counted: Prisma.ReportRollupCreateManyInput[] = [];
    for (const profession of [null, ...Profession.options]) {
      const slice = profession ?? ALL_PROFESSIONS;
      const scope = await reportScope(snapshot, profession ? { profession } : {});
      for (const [section, count] of Object.entries(SECTIONS) as [RollupSection, CountSection][]) {
        const sectionStarted = performance.now();
        const payload = (await count(snapshot, scope)) as Prisma.InputJsonValue;
        sectionMs[section] += Math.round(performance.now() - sectionStarted);
        counted.push({ section, slice, payload, refreshedAt });
      }
    }
    return counted;
  });
  await ctx.db.$transaction([
    ctx.db.reportRollup.deleteMany(),
    ctx.db.reportRollup.createMany({ data: rows }),
  ]);
  return {
    refreshedAt,
    slices: 1 + Profession.options.length,
    sectionMs,
    totalMs: Math.round(performance.now() - started),
  };
}
