import { Divider, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

interface RoleGroupProps {
  /** Shown only when the person holds several roles, to tell the blocks apart. */
  label: string | null;
  children: ReactNode;
}

export function RoleGroup({ label, children }: RoleGroupProps) {
  return (
    <Stack gap="xl">
      {label ? (
        <Divider
          label={label}
          labelPosition="left"
          styles={{
            label: {
              fontSize: 'var(--mantine-font-size-sm)',
              color: 'var(--mantine-color-gray-7)',
              fontWeight: 600,
            },
          }}
        />
      ) : null}
      {children}
    </Stack>
  );
}
