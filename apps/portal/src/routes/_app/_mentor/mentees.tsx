import { createFileRoute } from '@tanstack/react-router';
import { MenteesPage } from '../../../features/matching/mentees-page.tsx';

export const Route = createFileRoute('/_app/_mentor/mentees')({
  component: MenteesPage,
});
