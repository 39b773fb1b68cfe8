import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { fullName, roleSummary, useCurrentUser, useSignOut } from '../auth/index.ts';

export function UserMenu() {
  const user = useCurrentUser();
  const signOut = useSignOut();
  const name = fullName(user);

  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        {/* The visible name starts the accessible name, so voice users can say what they see. */}
        <UnstyledButton
          aria-label={`${name}, account menu`}
          p={4}
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
        >
          <Group gap="xs" wrap="nowrap">
            {/* Mantine's person icon rather than initials: letters would be visible text missing from the name. */}
            <Avatar color="blue" radius="xl" size="sm" aria-hidden />
            <Text size="sm" fw={500} visibleFrom="sm">
              {name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark">
            {name}
          </Text>
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {user.email}
          </Text>
          {roleSummary(user) ? (
            <Text size="xs" c="dimmed">
              {roleSummary(user)}
            </Text>
          ) : null}
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item component={Link} to="/account">
          Your account
        </Menu.Item>
        <Menu.Item onClick={() => signOut.mutate()} disabled={signOut.isPending}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
