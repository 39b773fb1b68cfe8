import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/page-header.tsx';
import { ButtonLink } from '../../components/router-links.tsx';
import { ReviewQueueSection } from './reflection-sections.tsx';
import { ReviewHistorySection } from './review-history-section.tsx';

export function ReviewsPage() {
  return (
    <Stack gap="xl">
      <PageHeader
        title="Reviews"
        description="Reflections your mentees shared with you, the longest-waiting first."
        action={
          <ButtonLink to="/reviews/practice" variant="light">
            Practise rating on sample reflections
          </ButtonLink>
        }
      />
      <ReviewQueueSection title="Waiting for your feedback" />
      <ReviewHistorySection />
    </Stack>
  );
}
