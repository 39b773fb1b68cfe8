import { createFileRoute } from '@tanstack/react-router';
import { growthQuery, myJournalQuery } from '../../features/reflections/api.ts';
import { JournalPage } from '../../features/reflections/journal-page.tsx';

// Anyone signed in may keep a journal (the API allows it), so this is not under _mentee.
export const Route = createFileRoute('/_app/journal')({
  loader: async ({ context: { queryClient, trpc } }) => {
    // The chart below the entries does not hold the page up.
    void queryClient.prefetchQuery(growthQuery(trpc));
    await queryClient.ensureQueryData(myJournalQuery(trpc));
  },
  component: JournalPage,
});
