// What other features may show of modules: a mentee's modules and a cohort's curriculum.
export { CurriculumTab } from './curriculum-tab.tsx';
export { MyModulesSection } from './modules-sections.tsx';
