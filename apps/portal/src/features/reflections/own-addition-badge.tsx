import { Badge } from '@mantine/core';
import { PRECEPTOR_ADDITION } from '@preceptor/domain/reflections/reflect-rubric';

/** Marks what Preceptor adds to the REFLECT rubric as Wald et al. (2012) published it. */
export function OwnAdditionBadge() {
  return (
    <Badge size="sm" variant="outline" color="gray" style={{ flexShrink: 0 }}>
      {PRECEPTOR_ADDITION}
    </Badge>
  );
}
