import { createFileRoute } from '@tanstack/react-router';
import { ModulesPage } from '../../../features/modules/modules-page.tsx';

export const Route = createFileRoute('/_app/_mentee/modules')({
  component: ModulesPage,
});
