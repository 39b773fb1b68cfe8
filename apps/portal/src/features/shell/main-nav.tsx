import { NavLink, Stack, Text } from '@mantine/core';
import { Link, useLocation } from '@tanstack/react-router';
import { useId } from 'react';
import { useRoles } from '../auth/index.ts';
import classes from './app-layout.module.css';
import { isActive, type NavGroup, navGroupsFor } from './nav-items.ts';

interface MainNavProps {
  /** Called after a link is followed, so the phone layout can close the menu. */
  onNavigate: () => void;
}

export function MainNav({ onNavigate }: MainNavProps) {
  const roles = useRoles();
  const pathname = useLocation({ select: (location) => location.pathname });
  return (
    <Stack gap="lg">
      {navGroupsFor(roles).map((group) => (
        <NavGroupLinks key={group.label ?? 'top'} group={group} pathname={pathname} onNavigate={onNavigate} />
      ))}
    </Stack>
  );
}

function NavGroupLinks({
  group,
  pathname,
  onNavigate,
}: { group: NavGroup; pathname: string } & MainNavProps) {
  const labelId = useId();
  return (
    <div>
      {group.label ? (
        <Text id={labelId} size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" mb={4}>
          {group.label}
        </Text>
      ) : null}
      {/* A list named by its group label, so screen readers announce "Mentoring, list, 2 items". */}
      <ul aria-labelledby={group.label ? labelId : undefined} className={classes.linkList}>
        {group.items.map((item) => (
          <li key={item.to}>
            <NavLink
              component={Link}
              to={item.to}
              label={item.label}
              active={isActive(item, pathname)}
              onClick={onNavigate}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
