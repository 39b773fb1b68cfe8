import { createFileRoute } from '@tanstack/react-router';
import { ReflectionEditorPage } from '../../features/reflections/reflection-editor-page.tsx';

export const Route = createFileRoute('/_app/journal_/$reflectionId')({
  component: ReflectionEditorPage,
});
