import { createFileRoute } from '@tanstack/react-router';
import { ModulePage } from '../../../features/modules/module-page.tsx';

export const Route = createFileRoute('/_app/_mentee/modules_/$slug')({
  component: ModulePage,
});
