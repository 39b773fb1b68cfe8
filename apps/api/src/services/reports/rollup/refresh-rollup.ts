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
 * One section over the whole network takes 0.3–5 s on a quiet 2-core machine, but several times
 * that when the machine is loaded; a request's 30 s limit would fail the whole refresh.
 */
const SECTION_TIMEOUT_MS = 5 * 60_000;

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
 * stored rows in one transaction, so a reader sees one refresh or the next, never a mix.
 *
 * The counting is the live statements themselves (the section functions), so the stored figures
 * are by construction what the live report said at `refreshedAt`; the integration test
 * (report-rollup.integration.test.ts) checks it end to end.
 */
export async function refreshReportRollup(ctx: ServiceContext): Promise<RollupRefreshSummary> {
  const started = performance.now();
  const refreshedAt = ctx.clock.now();
  const reader: ActorContext = {
    ...ctx,
    actor: NETWORK_READER,
    clock: { now: () => new Date(refreshedAt) },
    reportTimeoutMs: SECTION_TIMEOUT_MS,
  };
  const sectionMs = Object.fromEntries(Object.keys(SECTIONS).map((key) => [key, 0])) as Record<
    RollupSection,
    number
  >;
  const rows: Prisma.ReportRollupCreateManyInput[] = [];
  for (const profession of [null, ...Profession.options]) {
    const slice = profession ?? ALL_PROFESSIONS;
    const scope = await reportScope(reader, profession ? { profession } : {});
    for (const [section, count] of Object.entries(SECTIONS) as [RollupSection, CountSection][]) {
      const sectionStarted = performance.now();
      const payload = (await count(reader, scope)) as Prisma.InputJsonValue;
      sectionMs[section] += Math.round(performance.now() - sectionStarted);
      rows.push({ section, slice, payload, refreshedAt });
    }
  }
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
