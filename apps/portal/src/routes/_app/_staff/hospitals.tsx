import { createFileRoute } from '@tanstack/react-router';
import { HospitalsPage } from '../../../features/hospitals/hospitals-page.tsx';

export const Route = createFileRoute('/_app/_staff/hospitals')({
  component: HospitalsPage,
});
