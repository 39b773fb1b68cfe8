import { Alert, Button, Code, CopyButton, Stack, Text } from '@mantine/core';
import type { SetupLink } from '@preceptor/domain/people/person-schemas';
import { formatDateTime } from '../../lib/format.ts';

/**
 * A set-password link just made. Emailed, staff only learn that it went; otherwise (a newcomer
 * without mail on the server) the one-time link is shown once, to hand over: only its hash is kept.
 */
export function SetupLinkAlert({ link, name }: { link: SetupLink; name: string }) {
  if (link.path === null) {
    return (
      <Alert color="blue" title={`Set-password link emailed to ${name}`}>
        <Text size="sm">
          It goes to their email address only, through the outbox. It works once, until{' '}
          {formatDateTime(link.expiresAt)}.
        </Text>
      </Alert>
    );
  }
  const url = new URL(link.path, window.location.origin).toString();
  return (
    <Alert color="blue" title={`Set-password link for ${name}`}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          Give it to them yourself: no email was sent. It works once, until {formatDateTime(link.expiresAt)},
          and is shown only now.
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
