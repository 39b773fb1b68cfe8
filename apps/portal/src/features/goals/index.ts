// What other features may show of goals: a mentee's goals shared with their mentor.
export { SharedGoalsList } from './shared-goals-list.tsx';
