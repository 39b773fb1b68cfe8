// What other features may show of people.
export { InviteCohortButton } from './invite-cohort-button.tsx';
