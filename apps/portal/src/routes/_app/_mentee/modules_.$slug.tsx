import { createFileRoute } from '@tanstack/react-router';
import { moduleQuery } from '../../../features/modules/api.ts';
import { ModulePage } from '../../../features/modules/module-page.tsx';

export const Route = createFileRoute('/_app/_mentee/modules_/$slug')({
  loader: ({ context: { queryClient, trpc }, params }) =>
    queryClient.ensureQueryData(moduleQuery(trpc, params.slug)),
  component: ModuleRoute,
});

function ModuleRoute() {
  const { slug } = Route.useParams();
  return <ModulePage slug={slug} />;
}
