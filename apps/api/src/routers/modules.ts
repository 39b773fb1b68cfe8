import { AssignedModule } from '@preceptor/domain/modules/assigned-module-schemas';
import {
  CatalogueEntry,
  ExportedModule,
  ImportModuleInput,
  ModuleRef,
  ModuleVersionSummary,
  parseUpdateDraftInput,
  SavedVersion,
  VersionContent,
  VersionRef,
} from '@preceptor/domain/modules/authoring-schemas';
import {
  CohortCurriculum,
  CohortCurriculumInput,
  CohortProgressRow,
  MenteeModuleProgress,
  SetCurriculumInput,
} from '@preceptor/domain/modules/curriculum-schemas';
import {
  Completion,
  MarkSectionDoneInput,
  MenteeModule,
  ModuleIdInput,
  ModuleSlugInput,
  OpenQuizAttempt,
  QuizResult,
  StartedReflection,
  SubmitQuizAttemptInput,
} from '@preceptor/domain/modules/module-view-schemas';
import { z } from 'zod';
import {
  catalogue,
  createDraft,
  moduleVersions,
  publishDraft,
  updateDraft,
  versionContent,
} from '../services/modules/authoring.ts';
import { cohortCurriculum, setCohortCurriculum } from '../services/modules/curriculum.ts';
import { exportModuleFile, importModuleFile } from '../services/modules/module-files.ts';
import { openModuleReflection } from '../services/modules/module-reflection.ts';
import { menteeModule } from '../services/modules/module-view.ts';
import { listMyModules } from '../services/modules/my-modules.ts';
import { cohortProgress, menteeProgress } from '../services/modules/progress-reports.ts';
import { startQuizAttempt, submitQuizAttempt } from '../services/modules/quiz-attempts.ts';
import { markSectionDone } from '../services/modules/section-progress.ts';
import { router } from '../trpc/init.ts';
import { adminProcedure, menteeProcedure, mentorProcedure, staffProcedure } from '../trpc/procedures.ts';

export const modulesRouter = router({
  myModules: menteeProcedure
    .output(z.array(AssignedModule))
    .query(({ ctx }) => listMyModules(ctx.db, ctx.user.id)),
  module: menteeProcedure
    .input(ModuleSlugInput)
    .output(MenteeModule)
    .query(({ ctx, input }) => menteeModule(ctx.db, ctx.user.id, input.slug)),
  markSectionDone: menteeProcedure
    .input(MarkSectionDoneInput)
    .output(Completion)
    .mutation(({ ctx, input }) => markSectionDone(ctx.db, ctx.user, ctx.meta, input)),
  startQuizAttempt: menteeProcedure
    .input(ModuleIdInput)
    .output(OpenQuizAttempt)
    .mutation(({ ctx, input }) => startQuizAttempt(ctx.db, ctx.user, ctx.meta, input.moduleId)),
  submitQuizAttempt: menteeProcedure
    .input(SubmitQuizAttemptInput)
    .output(QuizResult)
    .mutation(({ ctx, input }) => submitQuizAttempt(ctx.db, ctx.user, ctx.meta, input)),
  startReflection: menteeProcedure
    .input(ModuleIdInput)
    .output(StartedReflection)
    .mutation(async ({ ctx, input }) => {
      const opened = await openModuleReflection(ctx.db, ctx.user, ctx.meta, { moduleId: input.moduleId });
      return { reflectionId: opened.reflectionId, created: opened.created };
    }),

  curriculum: staffProcedure
    .input(CohortCurriculumInput)
    .output(CohortCurriculum)
    .query(({ ctx, input }) => cohortCurriculum(ctx.db, ctx.actor, input.cohortId)),
  setCurriculum: staffProcedure
    .input(SetCurriculumInput)
    .output(CohortCurriculum)
    .mutation(({ ctx, input }) => setCohortCurriculum(ctx.db, ctx.actor, ctx.user.id, ctx.meta, input)),
  cohortProgress: staffProcedure
    .output(z.array(CohortProgressRow))
    .query(({ ctx }) => cohortProgress(ctx.db, ctx.actor)),
  menteeProgress: mentorProcedure
    .output(z.array(MenteeModuleProgress))
    .query(({ ctx }) => menteeProgress(ctx.db, ctx.user.id)),

  // Authoring: network admins only (the catalogue is network-wide).
  catalogue: adminProcedure.output(z.array(CatalogueEntry)).query(({ ctx }) => catalogue(ctx.db)),
  moduleVersions: adminProcedure
    .input(ModuleRef)
    .output(z.array(ModuleVersionSummary))
    .query(({ ctx, input }) => moduleVersions(ctx.db, input.moduleId)),
  versionContent: adminProcedure
    .input(VersionRef)
    .output(VersionContent)
    .query(({ ctx, input }) => versionContent(ctx.db, input.versionId)),
  createDraft: adminProcedure
    .input(ModuleRef)
    .output(SavedVersion)
    .mutation(({ ctx, input }) => createDraft(ctx.db, ctx.user.id, ctx.meta, input.moduleId)),
  updateDraft: adminProcedure
    .input(parseUpdateDraftInput)
    .output(SavedVersion)
    .mutation(({ ctx, input }) => updateDraft(ctx.db, ctx.user.id, ctx.meta, input)),
  publishDraft: adminProcedure
    .input(VersionRef)
    .output(SavedVersion)
    .mutation(({ ctx, input }) => publishDraft(ctx.db, ctx.user.id, ctx.meta, input.versionId)),
  importModule: adminProcedure
    .input(ImportModuleInput)
    .output(SavedVersion)
    .mutation(({ ctx, input }) => importModuleFile(ctx.db, ctx.user.id, ctx.meta, input.text)),
  exportModule: adminProcedure
    .input(VersionRef)
    .output(ExportedModule)
    .query(({ ctx, input }) => exportModuleFile(ctx.db, input.versionId)),
});
