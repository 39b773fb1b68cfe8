export { drillDownQuery, prefetchReportSections, reportFilterOptionsQuery } from './api.ts';
export { DrillDownPage } from './drill-down-page.tsx';
export { DrillDownSearch, ReportSearch } from './report-search.ts';
export { ReportsPage } from './reports-page.tsx';
