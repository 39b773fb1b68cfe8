import { Alert, Code, Modal, Stack, Tabs, Text } from '@mantine/core';
import type { OutboxRow } from '@preceptor/domain/notifications/email-schemas';
import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../../components/query-state.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { outboxEmailQuery } from './api.ts';

/**
 * One email as it would arrive. The HTML is shown in a sandboxed frame (`sandbox=""`: no script,
 * no same-origin access, no forms, no navigation of the portal) from `srcdoc`, so nothing in an
 * email can act in the admin's session; the portal's CSP, which the frame inherits, allows its
 * inline styles and nothing more.
 */
export function OutboxEmailModal({ row, onClose }: { row: OutboxRow; onClose: () => void }) {
  const trpc = useTRPC();
  const query = useQuery(outboxEmailQuery(trpc, row.id));
  return (
    <Modal opened onClose={onClose} title={row.subject} size="xl">
      <QueryState query={query} what="this email">
        {(email) => (
          <Stack gap="sm">
            <Text size="sm">
              To {email.recipientName ?? 'a removed person'} &lt;{email.toAddress}&gt; · {email.kindLabel} ·
              queued {formatDateTime(email.queuedAt)}
            </Text>
            {email.linksHidden && (
              <Alert color="yellow" title="Link hidden">
                This person has a password, so their set-password link is for them alone: it is hidden here
                and goes only to their email address.
              </Alert>
            )}
            <Tabs defaultValue="html" keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="html">As it arrives</Tabs.Tab>
                <Tabs.Tab value="text">Plain text</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="html" pt="sm">
                <iframe
                  title={`The email “${email.subject}”`}
                  sandbox=""
                  srcDoc={email.html}
                  style={{ width: '100%', height: '60vh', border: '1px solid var(--mantine-color-gray-4)' }}
                />
              </Tabs.Panel>
              <Tabs.Panel value="text" pt="sm">
                <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {email.text}
                </Code>
              </Tabs.Panel>
            </Tabs>
          </Stack>
        )}
      </QueryState>
    </Modal>
  );
}
