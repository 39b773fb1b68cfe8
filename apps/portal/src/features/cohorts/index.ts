// What other features may show of cohorts.
export { CohortsSection } from './cohorts-section.tsx';
