import { ADMIN, EVERYONE, MENTEES, MENTORS } from './actors.ts';
import { freshHospitalOneCohort } from './admin-fixtures.ts';
import {
  freshCertificateId,
  freshContent,
  freshDraft,
  freshOpenAttempt,
  menteeOnlyModule,
} from './module-fixtures.ts';
import { type AreaRows, HOSPITAL_ONE_STAFF } from './policy-row.ts';

/** Modules: authoring, curriculum, the mentee's reading and quizzes, progress views. */
export const MODULE_ROWS: AreaRows = {
  // ── certificates ── public: anyone holding the id may check it, signed in or not.
  'certificates.verify': {
    allowed: EVERYONE,
    call: async (c, f) =>
      c.certificates.verify.query({ certificateId: await freshCertificateId(f.app.prisma) }),
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
};
