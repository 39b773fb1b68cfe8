// What other features may show of reflections: the journal and the review queue.
export { MyJournalSection, ReviewQueueSection } from './reflection-sections.tsx';
