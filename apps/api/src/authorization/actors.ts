/** The eight actors every procedure is tried as. */
export const ACTORS = [
  'anonymous',
  'mentee',
  'otherMentee',
  'mentor',
  'otherMentor',
  'otherCoordinator',
  'coordinator',
  'admin',
] as const;
export type ActorName = (typeof ACTORS)[number];

/**
 * Demo sign-ins behind each actor. mentee/mentor are a matched pair at hospital 1, which
 * `coordinator` coordinates; otherMentee/otherMentor are a pair at hospital 2;
 * `otherCoordinator` coordinates hospital 3 only.
 */
export const ACTOR_EMAILS: Record<Exclude<ActorName, 'anonymous'>, string> = {
  mentee: 'mentee@preceptor.test',
  otherMentee: 'mentee2@preceptor.test',
  mentor: 'mentor@preceptor.test',
  otherMentor: 'mentor2@preceptor.test',
  otherCoordinator: 'coordinator2@preceptor.test',
  coordinator: 'coordinator@preceptor.test',
  admin: 'admin@preceptor.test',
};

export const EVERYONE: readonly ActorName[] = ACTORS;
export const SIGNED_IN: readonly ActorName[] = ACTORS.filter((a) => a !== 'anonymous');
export const STAFF: readonly ActorName[] = ['otherCoordinator', 'coordinator', 'admin'];
export const MENTEES: readonly ActorName[] = ['mentee', 'otherMentee'];
export const MENTORS: readonly ActorName[] = ['mentor', 'otherMentor'];
export const ADMIN: readonly ActorName[] = ['admin'];
