import { Alert, Button, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { SchemaForm as SchemaFormState } from './use-schema-form.ts';

export interface SchemaFormProps {
  state: Pick<SchemaFormState<never>, 'submit' | 'saving' | 'formError'>;
  /** The alert's title when saving failed: "The goal was not saved". */
  failedTitle: string;
  submitLabel: string;
  /** Shows a Cancel button before the submit button. */
  onCancel?: () => void;
  children: ReactNode;
}

/** The frame every form shares: a refusal above the fields, Cancel and submit below them. */
export function SchemaForm({ state, failedTitle, submitLabel, onCancel, children }: SchemaFormProps) {
  return (
    <form onSubmit={state.submit} noValidate>
      <Stack gap="md">
        {state.formError ? (
          <Alert color="red" title={failedTitle}>
            {state.formError}
          </Alert>
        ) : null}
        {children}
        <Group justify="flex-end">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
          <Button type="submit" loading={state.saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
