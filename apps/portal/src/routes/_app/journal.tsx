import { createFileRoute } from '@tanstack/react-router';
import { JournalPage } from '../../features/reflections/journal-page.tsx';

// Anyone signed in may keep a journal (the API allows it), so this is not under _mentee.
export const Route = createFileRoute('/_app/journal')({
  component: JournalPage,
});
