import { Badge } from '@mantine/core';
import { ACCESS_STATUS_LABELS, type AccessStatus } from '@preceptor/domain/people/access-status';

const COLORS: Record<AccessStatus, string> = {
  SIGNED_IN: 'green',
  PASSWORD_SET: 'teal',
  INVITED: 'blue',
  INVITATION_LAPSED: 'orange',
  NEVER_INVITED: 'gray',
};

/** How far a person has got into Preceptor, as a badge that wraps rather than truncates. */
export function AccessBadge({ access }: { access: AccessStatus }) {
  return (
    <Badge color={COLORS[access]} variant="light">
      {ACCESS_STATUS_LABELS[access]}
    </Badge>
  );
}
