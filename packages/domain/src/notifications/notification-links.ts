/**
 * The portal pages a notification may open, as the portal's own route patterns. The portal
 * checks at compile time that each pattern is one of its routes, and the API refuses to store
 * any other link, so a notification never leads to a page that does not exist.
 */
export const NOTIFICATION_ROUTES = {
  /** A mentor's review page for a reflection shared with them. */
  review: '/reviews/$reflectionId',
  /** The writer's own reflection, with its feedback. */
  journalEntry: '/journal/$reflectionId',
  /** Anyone's current matches, with why they were matched. */
  myMatches: '/matching',
  /** A mentor's mentees. */
  myMentees: '/mentees',
  /** One pair's meeting log, open to its mentor and mentee. */
  matchMeetings: '/meetings/$matchId',
  /** Staff's matching page for one cohort. */
  cohortMatching: '/cohorts/$cohortId/matching',
  /** Anyone's home page. */
  home: '/',
  /** A mentee's assigned modules. */
  myModules: '/modules',
  /** A mentor's reflections waiting for review. */
  reviewQueue: '/reviews',
  /** Staff's reports, whose learning section leads to who is overdue. */
  moduleProgress: '/reports',
  /** Staff's reflection status report (what waits for review). */
  reflectionStatus: '/reflection-status',
  /** One person's own check-in on a match. */
  checkIn: '/check-ins/$checkInId',
  /** Staff's list of "this match isn't working" answers. */
  checkInConcerns: '/check-in-concerns',
} as const;

export type NotificationRoute = keyof typeof NOTIFICATION_ROUTES;

/** `'/cohorts/$cohortId/matching'` → `'cohortId'`. */
type ParamsOf<P extends string> = P extends `${string}$${infer Name}/${infer Rest}`
  ? Name | ParamsOf<`/${Rest}`>
  : P extends `${string}$${infer Name}`
    ? Name
    : never;

export type NotificationRouteParams<R extends NotificationRoute> = Record<
  ParamsOf<(typeof NOTIFICATION_ROUTES)[R]>,
  string
>;

/** The path of one of the notification pages, its parameters filled in. */
export function notificationLink<R extends NotificationRoute>(
  route: R,
  ...[params]: ParamsOf<(typeof NOTIFICATION_ROUTES)[R]> extends never ? [] : [NotificationRouteParams<R>]
): string {
  const values = (params ?? {}) as Record<string, string>;
  return NOTIFICATION_ROUTES[route].replace(/\$(\w+)/g, (_, name: string) => {
    const value = values[name];
    if (!value) throw new Error(`The ${route} link needs a ${name}.`);
    return encodeURIComponent(value);
  });
}

const ROUTE_MATCHERS = Object.values(NOTIFICATION_ROUTES).map(
  (pattern) => new RegExp(`^${pattern.replace(/\$\w+/g, '[A-Za-z0-9_-]+')}$`),
);

/** True for a path that opens one of the notification pages (and so cannot leave the portal). */
export function isNotificationLink(link: string): boolean {
  return ROUTE_MATCHERS.some((matcher) => matcher.test(link));
}
