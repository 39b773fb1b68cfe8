import { createFileRoute } from '@tanstack/react-router';
import { CalibrationPage } from '../../../features/reflections/calibration-page.tsx';

// Practice on sample reflections held in the domain package: nothing to load, nothing stored.
export const Route = createFileRoute('/_app/_mentor/reviews_/practice')({
  component: CalibrationPage,
});
