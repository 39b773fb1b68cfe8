import { createFileRoute } from '@tanstack/react-router';
import { CohortsPage } from '../../../features/cohorts/cohorts-page.tsx';

export const Route = createFileRoute('/_app/_staff/cohorts')({
  component: CohortsPage,
});
