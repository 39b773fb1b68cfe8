import { createFileRoute } from '@tanstack/react-router';
import { GoalsPage } from '../../../features/goals/goals-page.tsx';

export const Route = createFileRoute('/_app/_mentee/goals')({
  component: GoalsPage,
});
