import { createFileRoute } from '@tanstack/react-router';
import { goalMentorsQuery, myGoalsQuery } from '../../../features/goals/api.ts';
import { GoalsPage } from '../../../features/goals/goals-page.tsx';

export const Route = createFileRoute('/_app/_mentee/goals')({
  loader: async ({ context: { queryClient, trpc } }) => {
    // Only the form needs the mentors: the page does not wait for them.
    void queryClient.prefetchQuery(goalMentorsQuery(trpc));
    await queryClient.ensureQueryData(myGoalsQuery(trpc));
  },
  component: GoalsPage,
});
