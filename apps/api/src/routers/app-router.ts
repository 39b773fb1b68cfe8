import { router } from '../trpc/init.ts';
import { auditRouter } from './audit.ts';
import { authRouter } from './auth.ts';
import { certificatesRouter } from './certificates.ts';
import { checkInsRouter } from './check-ins.ts';
import { cohortsRouter } from './cohorts.ts';
import { emailRouter } from './email.ts';
import { goalsRouter } from './goals.ts';
import { hospitalsRouter } from './hospitals.ts';
import { invitationsRouter } from './invitations.ts';
import { matchingRouter } from './matching.ts';
import { meetingsRouter } from './meetings.ts';
import { modulesRouter } from './modules.ts';
import { notificationsRouter } from './notifications.ts';
import { peopleRouter } from './people.ts';
import { programmeRouter } from './programme.ts';
import { reflectionsRouter } from './reflections.ts';
import { reportsRouter } from './reports.ts';

export const appRouter = router({
  audit: auditRouter,
  auth: authRouter,
  certificates: certificatesRouter,
  checkIns: checkInsRouter,
  cohorts: cohortsRouter,
  email: emailRouter,
  goals: goalsRouter,
  hospitals: hospitalsRouter,
  invitations: invitationsRouter,
  matching: matchingRouter,
  meetings: meetingsRouter,
  modules: modulesRouter,
  notifications: notificationsRouter,
  people: peopleRouter,
  programme: programmeRouter,
  reflections: reflectionsRouter,
  reports: reportsRouter,
});

export type AppRouter = typeof appRouter;
