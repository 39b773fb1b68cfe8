import { MyMatch } from '@preceptor/domain/matching/match-schemas';
import {
  CohortMatchRow,
  CohortRef,
  EndMatchInput,
  EndMatchResult,
  MatchingPreview,
  MenteeCohortSuggestions,
  PairInput,
  PublishResult,
  SetPreferencesInput,
  UpdateWeightsInput,
  WeightsView,
} from '@preceptor/domain/matching/workflow-schemas';
import { z } from 'zod';
import { listCohortMatches } from '../services/matching/cohort-matches.ts';
import { endMatchByStaff, reportNotAGoodFit } from '../services/matching/end-match.ts';
import { matchingPreview } from '../services/matching/matching-preview.ts';
import { getMatchingWeights, updateMatchingWeights } from '../services/matching/matching-weights.ts';
import { mentorSuggestions, setMentorPreferences } from '../services/matching/mentor-preferences.ts';
import { listMyMatches } from '../services/matching/my-matches.ts';
import { clearPairRule, excludePair, pinPair } from '../services/matching/pair-rules.ts';
import { publishRun } from '../services/matching/publish-run.ts';
import { runMatching } from '../services/matching/run-matching.ts';
import { router } from '../trpc/init.ts';
import { authedProcedure, menteeProcedure, staffProcedure } from '../trpc/procedures.ts';

const Ok = z.object({ ok: z.literal(true) });

export const matchingRouter = router({
  /** My active matches, as mentor or mentee ("my mentor", "my mentees"). Empty for staff-only people. */
  myMatches: authedProcedure.output(z.array(MyMatch)).query(({ ctx }) => listMyMatches(ctx)),

  // ── staff, per cohort ──
  weights: staffProcedure
    .input(CohortRef)
    .output(WeightsView)
    .query(({ ctx, input }) => getMatchingWeights(ctx, input)),
  updateWeights: staffProcedure
    .input(UpdateWeightsInput)
    .output(WeightsView)
    .mutation(({ ctx, input }) => updateMatchingWeights(ctx, input)),
  run: staffProcedure
    .input(CohortRef)
    .output(z.object({ runId: z.string() }))
    .mutation(({ ctx, input }) => runMatching(ctx, input)),
  preview: staffProcedure
    .input(CohortRef)
    .output(MatchingPreview)
    .query(({ ctx, input }) => matchingPreview(ctx, input)),
  pin: staffProcedure
    .input(PairInput)
    .output(Ok)
    .mutation(({ ctx, input }) => pinPair(ctx, input)),
  exclude: staffProcedure
    .input(PairInput)
    .output(Ok)
    .mutation(({ ctx, input }) => excludePair(ctx, input)),
  clearRule: staffProcedure
    .input(PairInput)
    .output(Ok)
    .mutation(({ ctx, input }) => clearPairRule(ctx, input)),
  publish: staffProcedure
    .input(CohortRef)
    .output(PublishResult)
    .mutation(({ ctx, input }) => publishRun(ctx, input)),
  cohortMatches: staffProcedure
    .input(CohortRef)
    .output(z.array(CohortMatchRow))
    .query(({ ctx, input }) => listCohortMatches(ctx, input)),
  endMatch: staffProcedure
    .input(EndMatchInput)
    .output(EndMatchResult)
    .mutation(({ ctx, input }) => endMatchByStaff(ctx, input)),

  // ── mentee ──
  suggestions: menteeProcedure
    .output(z.array(MenteeCohortSuggestions))
    .query(({ ctx }) => mentorSuggestions(ctx)),
  setPreferences: menteeProcedure
    .input(SetPreferencesInput)
    .output(z.array(MenteeCohortSuggestions))
    .mutation(({ ctx, input }) => setMentorPreferences(ctx, input)),
  reportNotAGoodFit: menteeProcedure
    .input(EndMatchInput)
    .output(EndMatchResult)
    .mutation(({ ctx, input }) => reportNotAGoodFit(ctx, input)),
});
