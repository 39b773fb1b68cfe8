import { AppShell, Burger, Container, em, Group, ScrollArea } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Link, Outlet } from '@tanstack/react-router';
import { NotificationBell } from '../notifications/index.ts';
import classes from './app-layout.module.css';
import { MainNav } from './main-nav.tsx';
import { UserMenu } from './user-menu.tsx';

const NAVBAR_ID = 'main-navigation';

/** Header, role-aware navigation and the page; on phones the navigation folds behind a burger. */
export function AppLayout() {
  const [navOpened, { toggle, close }] = useDisclosure(false);
  // Below the `sm` breakpoint the closed navbar only slides off-screen; `inert` also takes its
  // links out of the Tab order and the accessibility tree, so nobody lands on invisible links.
  const isPhone = useMediaQuery(`(max-width: ${em(767.98)})`) ?? false;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <a href="#main-content" className={classes.skipLink}>
        Skip to main content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
              aria-expanded={navOpened}
              aria-controls={NAVBAR_ID}
            />
            <Link to="/" className={classes.brand} onClick={close}>
              Preceptor
            </Link>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id={NAVBAR_ID} aria-label="Main" p="sm" inert={isPhone && !navOpened}>
        <AppShell.Section grow component={ScrollArea}>
          <MainNav onNavigate={close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        <Container size="lg" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
