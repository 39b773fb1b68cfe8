import { createFileRoute } from '@tanstack/react-router';
import { ReviewsPage } from '../../../features/reflections/reviews-page.tsx';

export const Route = createFileRoute('/_app/_mentor/reviews')({
  component: ReviewsPage,
});
