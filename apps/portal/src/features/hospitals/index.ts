// What other features may show of hospitals.
export { HospitalsSection } from './hospitals-section.tsx';
