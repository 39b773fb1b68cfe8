import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { type IdentifierFinding, SOFT_KINDS } from '@preceptor/domain/reflections/identifier-finding';
import { KIND_LABELS } from './identifier-kinds.ts';

export interface PanelFinding extends IdentifierFinding {
  key: string;
  field: 'title' | 'body';
}

interface FindingsPanelProps {
  findings: PanelFinding[];
  /** The check has not answered yet for this page (it loads after the editor shows). */
  checking: boolean;
  /** Key of the finding whose confirmation is being recorded. */
  confirming: string | null;
  error: string | null;
  onEdit: (finding: PanelFinding) => void;
  onConfirm: (finding: PanelFinding) => void;
}

/** Said once, whatever the check finds: it is a screen, and the writer stays responsible. */
function ScreenNote() {
  return (
    <Text size="sm" c="dimmed">
      This check is a screen, not a guarantee. You remain responsible for what you share: some details, such
      as a famous patient or a one-off event, cannot be caught by any pattern.
    </Text>
  );
}

/**
 * Each suspect passage with what it may be and why. The writer edits it away or says it is not a
 * patient identifier; sharing waits until every one is dealt with, except possibly identifying
 * details, which are questions rather than blocks.
 */
export function FindingsPanel({
  findings,
  checking,
  confirming,
  error,
  onEdit,
  onConfirm,
}: FindingsPanelProps) {
  const blocking = findings.filter((f) => !SOFT_KINDS.has(f.kind)).length;
  if (checking && findings.length === 0) {
    return (
      <Stack gap="xs">
        <Alert color="gray" title="Checking for patient identifiers…" role="status">
          The check looks for anything like a patient’s name, date, number or address.
        </Alert>
        <ScreenNote />
      </Stack>
    );
  }
  if (findings.length === 0) {
    return (
      <Stack gap="xs">
        <Alert color="green" title="No patient identifiers found" role="status">
          The check found nothing that looks like a patient’s name, date, number or address.
        </Alert>
        <ScreenNote />
      </Stack>
    );
  }
  return (
    <Stack gap="xs" component="section" aria-label="Possible patient identifiers">
      {blocking > 0 ? (
        <Alert color="orange" title={`Check ${blocking} passage${blocking === 1 ? '' : 's'} before sharing`}>
          These may identify a patient. Edit each one away, or confirm it is not a patient identifier.
        </Alert>
      ) : (
        <Alert color="blue" title="A question before you share">
          Could these details point to one person? Edit them if so; you can share either way.
        </Alert>
      )}
      <ScreenNote />
      {error ? (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      ) : null}
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {findings.map((finding) => (
          <li key={`${finding.field}:${finding.start}:${finding.key}`}>
            <Paper withBorder p="sm">
              <Stack gap={6}>
                <Group gap="xs" wrap="wrap">
                  <Badge color={SOFT_KINDS.has(finding.kind) ? 'blue.9' : 'red.9'} variant="filled">
                    {KIND_LABELS[finding.kind]}
                  </Badge>
                  <Text fw={600}>“{finding.text}”</Text>
                  {finding.field === 'title' ? (
                    <Text size="sm" c="dimmed">
                      in the title
                    </Text>
                  ) : null}
                </Group>
                <Text size="sm">{finding.message}</Text>
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => onEdit(finding)}
                    aria-label={`Edit “${finding.text}”`}
                  >
                    Edit
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    loading={confirming === finding.key}
                    onClick={() => onConfirm(finding)}
                    aria-label={
                      SOFT_KINDS.has(finding.kind)
                        ? `“${finding.text}” does not identify anyone`
                        : `“${finding.text}” is not a patient identifier`
                    }
                  >
                    {SOFT_KINDS.has(finding.kind) ? 'Does not identify anyone' : 'Not a patient identifier'}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
