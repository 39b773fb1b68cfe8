import { Alert, Button, Code, CopyButton, Stack, Text } from '@mantine/core';
import type { SetupLink } from '@preceptor/domain/people/person-schemas';
import { formatDateTime } from '../../lib/format.ts';

/** The one-time link, shown once: only its hash is kept, so it cannot be shown again. */
export function SetupLinkAlert({ link, name }: { link: SetupLink; name: string }) {
  const url = new URL(link.path, window.location.origin).toString();
  return (
    <Alert color="blue" title={`Set-password link for ${name}`}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          {link.emailed
            ? 'It was emailed to them as well. '
            : 'Give it to them yourself: no email was sent. '}
          It works once, until {formatDateTime(link.expiresAt)}, and is shown only now.
        </Text>
        <Code block style={{ wordBreak: 'break-all', whiteSpace: 'normal' }} data-testid="setup-link">
          {url}
        </Code>
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Button size="xs" variant="light" onClick={copy}>
              {copied ? 'Copied' : 'Copy link'}
            </Button>
          )}
        </CopyButton>
      </Stack>
    </Alert>
  );
}
