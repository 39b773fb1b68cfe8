import { createFileRoute } from '@tanstack/react-router';
import { ReflectionEditorPage } from '../../features/reflections/reflection-editor-page.tsx';

export const Route = createFileRoute('/_app/journal_/$reflectionId')({
  component: ReflectionEditorRoute,
});

function ReflectionEditorRoute() {
  const { reflectionId } = Route.useParams();
  return <ReflectionEditorPage reflectionId={reflectionId} />;
}
