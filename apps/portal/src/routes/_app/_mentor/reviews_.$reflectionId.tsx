import { createFileRoute } from '@tanstack/react-router';
import { ReviewPage } from '../../../features/reflections/review-page.tsx';

export const Route = createFileRoute('/_app/_mentor/reviews_/$reflectionId')({
  component: ReviewRoute,
});

function ReviewRoute() {
  const { reflectionId } = Route.useParams();
  return <ReviewPage reflectionId={reflectionId} />;
}
