// What other features may use of auth: who is signed in, their roles, and signing out.
export { useCurrentUser, useRoles } from './current-user.ts';
export { fullName, type Roles, roleSummary, rolesOf } from './roles.ts';
export { useSignOut } from './use-sign-out.ts';
