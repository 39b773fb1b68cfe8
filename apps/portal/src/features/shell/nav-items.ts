import type { FileRoutesByTo } from '../../routeTree.gen.ts';
import type { Roles } from '../auth/index.ts';

export interface NavItem {
  to: keyof FileRoutesByTo;
  label: string;
}

export interface NavGroup {
  /** Null for the ungrouped top entry (Home). */
  label: string | null;
  items: NavItem[];
}

/**
 * Navigation is the union of a person's roles, one group per role, so someone who mentors in
 * one cohort and is mentored in another sees both. Add a page here when it gets a route.
 */
export function navGroupsFor(roles: Roles): NavGroup[] {
  const groups: NavGroup[] = [
    {
      label: null,
      items: [
        { to: '/', label: 'Home' },
        { to: '/profile', label: 'My profile' },
        ...(roles.mentee || roles.mentor ? [{ to: '/check-ins', label: 'Check-ins' } as const] : []),
      ],
    },
  ];
  if (roles.mentee) {
    groups.push({
      label: 'Learning',
      items: [
        { to: '/modules', label: 'My modules' },
        { to: '/journal', label: 'Journal' },
        { to: '/goals', label: 'My goals' },
        { to: '/matching', label: 'My matches' },
      ],
    });
  }
  if (roles.mentor) {
    groups.push({
      label: 'Mentoring',
      items: [
        { to: '/mentees', label: 'My mentees' },
        { to: '/mentee-modules', label: "Mentees' modules" },
        { to: '/reviews', label: 'Reviews' },
      ],
    });
  }
  if (roles.staff) {
    groups.push({
      label: 'Program administration',
      items: [
        { to: '/hospitals', label: 'Hospitals' },
        { to: '/cohorts', label: 'Cohorts' },
        { to: '/reports', label: 'Reports' },
        { to: '/reflection-status', label: 'Reflection status' },
        { to: '/check-in-concerns', label: 'Check-in results' },
        { to: '/people', label: 'People' },
        { to: '/audit', label: 'Audit log' },
      ],
    });
  }
  if (roles.admin) {
    groups.push({
      label: 'Network administration',
      items: [
        { to: '/admin/modules', label: 'Modules' },
        { to: '/outbox', label: 'Outbox' },
      ],
    });
  }
  return groups;
}

/** Home is active only on itself; other entries also for pages below them (/cohorts/123). */
export function isActive(item: NavItem, pathname: string): boolean {
  if (item.to === '/') return pathname === '/';
  return pathname === item.to || pathname.startsWith(`${item.to}/`);
}
