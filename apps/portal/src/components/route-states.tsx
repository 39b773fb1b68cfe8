import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { type ErrorComponentProps, useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { errorMessage } from '../lib/errors.ts';
import { ButtonLink } from './router-links.tsx';

/** Shown while a route's beforeLoad/loader runs (e.g. the first "who is signed in?" check). */
export function DefaultPending() {
  return (
    <Center mih="40vh" role="status">
      <Group gap="sm">
        <Loader size="sm" />
        <Text>Loading…</Text>
      </Group>
    </Center>
  );
}

/** A route failed to load (the API is unreachable, or answered with an error). */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const queryReset = useQueryErrorResetBoundary();
  // Let TanStack Query retry the failed queries when the route re-renders.
  useEffect(() => queryReset.reset(), [queryReset]);

  return (
    <Center mih="40vh" p="md">
      <Alert color="red" title="This page could not be loaded" maw={520} w="100%">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{errorMessage(error)}</Text>
          <Button
            variant="default"
            size="xs"
            onClick={() => {
              reset();
              void router.invalidate();
            }}
          >
            Try again
          </Button>
        </Stack>
      </Alert>
    </Center>
  );
}

export function NotFound() {
  return (
    <Center mih="40vh" p="md">
      <Stack align="center" gap="sm">
        <Title order={1}>Page not found</Title>
        <Text>There is no page at this address. It may have moved.</Text>
        <ButtonLink to="/">Go to your home page</ButtonLink>
      </Stack>
    </Center>
  );
}
