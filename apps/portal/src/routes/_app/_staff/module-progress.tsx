import { createFileRoute } from '@tanstack/react-router';
import { ModuleProgressPage } from '../../../features/modules/module-progress-page.tsx';

export const Route = createFileRoute('/_app/_staff/module-progress')({
  component: ModuleProgressPage,
});
