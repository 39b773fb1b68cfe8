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
import { menteeProgress } from '../services/modules/progress-reports.ts';
import { startQuizAttempt, submitQuizAttempt } from '../services/modules/quiz-attempts.ts';
import { markSectionDone } from '../services/modules/section-progress.ts';
import { router } from '../trpc/init.ts';
import { adminProcedure, menteeProcedure, mentorProcedure, staffProcedure } from '../trpc/procedures.ts';

export const modulesRouter = router({
  myModules: menteeProcedure.output(z.array(AssignedModule)).query(({ ctx }) => listMyModules(ctx)),
  module: menteeProcedure
    .input(ModuleSlugInput)
    .output(MenteeModule)
    .query(({ ctx, input }) => menteeModule(ctx, input)),
  markSectionDone: menteeProcedure
    .input(MarkSectionDoneInput)
    .output(Completion)
    .mutation(({ ctx, input }) => markSectionDone(ctx, input)),
  startQuizAttempt: menteeProcedure
    .input(ModuleIdInput)
    .output(OpenQuizAttempt)
    .mutation(({ ctx, input }) => startQuizAttempt(ctx, input)),
  submitQuizAttempt: menteeProcedure
    .input(SubmitQuizAttemptInput)
    .output(QuizResult)
    .mutation(({ ctx, input }) => submitQuizAttempt(ctx, input)),
  startReflection: menteeProcedure
    .input(ModuleIdInput)
    .output(StartedReflection)
    .mutation(async ({ ctx, input }) => {
      const opened = await openModuleReflection(ctx, { moduleId: input.moduleId });
      return { reflectionId: opened.reflectionId, created: opened.created };
    }),

  curriculum: staffProcedure
    .input(CohortCurriculumInput)
    .output(CohortCurriculum)
    .query(({ ctx, input }) => cohortCurriculum(ctx, input)),
  setCurriculum: staffProcedure
    .input(SetCurriculumInput)
    .output(CohortCurriculum)
    .mutation(({ ctx, input }) => setCohortCurriculum(ctx, input)),
  menteeProgress: mentorProcedure
    .output(z.array(MenteeModuleProgress))
    .query(({ ctx }) => menteeProgress(ctx)),

  // Authoring: network admins only (the catalogue is network-wide).
  catalogue: adminProcedure.output(z.array(CatalogueEntry)).query(({ ctx }) => catalogue(ctx)),
  moduleVersions: adminProcedure
    .input(ModuleRef)
    .output(z.array(ModuleVersionSummary))
    .query(({ ctx, input }) => moduleVersions(ctx, input)),
  versionContent: adminProcedure
    .input(VersionRef)
    .output(VersionContent)
    .query(({ ctx, input }) => versionContent(ctx, input)),
  createDraft: adminProcedure
    .input(ModuleRef)
    .output(SavedVersion)
    .mutation(({ ctx, input }) => createDraft(ctx, input)),
  updateDraft: adminProcedure
    .input(parseUpdateDraftInput)
    .output(SavedVersion)
    .mutation(({ ctx, input }) => updateDraft(ctx, input)),
  publishDraft: adminProcedure
    .input(VersionRef)
    .output(SavedVersion)
    .mutation(({ ctx, input }) => publishDraft(ctx, input)),
  importModule: adminProcedure
    .input(ImportModuleInput)
    .output(SavedVersion)
    .mutation(({ ctx, input }) => importModuleFile(ctx, input)),
  exportModule: adminProcedure
    .input(VersionRef)
    .output(ExportedModule)
    .query(({ ctx, input }) => exportModuleFile(ctx, input)),
});
