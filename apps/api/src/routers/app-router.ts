import { router } from '../trpc/init.ts';
import { auditRouter } from './audit.ts';
import { authRouter } from './auth.ts';
import { checkInsRouter } from './check-ins.ts';
import { cohortsRouter } from './cohorts.ts';
import { goalsRouter } from './goals.ts';
import { hospitalsRouter } from './hospitals.ts';
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
  checkIns: checkInsRouter,
  cohorts: cohortsRouter,
  goals: goalsRouter,
  hospitals: hospitalsRouter,
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
