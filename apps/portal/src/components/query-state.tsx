import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { errorMessage } from '../lib/errors.ts';

interface QueryStateProps<TData> {
  query: UseQueryResult<TData, unknown>;
  /** What is being loaded, for the loading and error messages: "your modules". */
  what: string;
  children: (data: TData) => ReactNode;
}

/**
 * One way to show loading and failure for every list on every page, so each section only
 * describes its data. Each section loads on its own: one failing does not blank the page.
 */
export function QueryState<TData>({ query, what, children }: QueryStateProps<TData>) {
  if (query.isPending) {
    return (
      <Group gap="xs" role="status" py="sm">
        <Loader size="xs" />
        <Text size="sm">Loading {what}…</Text>
      </Group>
    );
  }
  if (query.isError) {
    return (
      <Alert color="red" title={`We could not load ${what}`}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{errorMessage(query.error)}</Text>
          <Button variant="default" size="xs" onClick={() => void query.refetch()} loading={query.isFetching}>
            Try again
          </Button>
        </Stack>
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
