// What other features may use of reflections: the journal and the review queue, and clearing this
// browser's unsaved drafts when the person signs out.
export { saveThenClearDrafts } from './draft-backup-flush.ts';
export { MyJournalSection, ReviewQueueSection } from './reflection-sections.tsx';
