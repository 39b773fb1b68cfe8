import { createFileRoute } from '@tanstack/react-router';
import { reviewHistoryQuery, reviewQueueQuery } from '../../../features/reflections/api.ts';
import { ReviewsPage } from '../../../features/reflections/reviews-page.tsx';

export const Route = createFileRoute('/_app/_mentor/reviews')({
  // Neither list holds reflection text, so neither read is audited.
  loader: async ({ context: { queryClient, trpc } }) => {
    // The history below the queue does not hold the page up.
    void queryClient.prefetchQuery(reviewHistoryQuery(trpc));
    await queryClient.ensureQueryData(reviewQueueQuery(trpc));
  },
  component: ReviewsPage,
});
