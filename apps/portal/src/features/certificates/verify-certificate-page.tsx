import { Alert, Button, Center, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import {
  CertificateId,
  type CertificateVerification,
  formatCertificateId,
} from '@preceptor/domain/modules/certificate-schemas';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../lib/errors.ts';
import { errorCode, useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { certificateVerificationQuery } from './api.ts';

const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/**
 * The public page a certificate's link opens, for anyone (an employer, a licensing board): whether
 * the certificate is valid, and whose, for which module and when. Nothing else is known here.
 */
export function VerifyCertificatePage({ typedId }: { typedId: string | null }) {
  usePageTitle('Verify a certificate');
  const parsed = typedId === null ? null : CertificateId.safeParse(typedId);
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p={{ base: 'md', sm: 'xl' }} w="100%" maw={560} component="main">
        <Stack gap="lg">
          <Title order={1} size="h2">
            Verify a certificate
          </Title>
          {parsed === null ? null : parsed.success ? (
            <Verification certificateId={parsed.data} />
          ) : (
            <NotValid message="That is not a certificate ID. Check it against the certificate: six groups of four letters and digits." />
          )}
          <CheckAnotherForm initial={parsed?.success ? formatCertificateId(parsed.data) : (typedId ?? '')} />
        </Stack>
      </Paper>
    </Center>
  );
}

function Verification({ certificateId }: { certificateId: string }) {
  const query = useQuery(certificateVerificationQuery(useTRPC(), certificateId));
  if (query.isPending) return <Text role="status">Checking the certificate…</Text>;
  if (query.isError) {
    return errorCode(query.error) === 'NOT_FOUND' ? (
      <NotValid message="No valid certificate has this ID. It may be mistyped, or the certificate is unknown or no longer valid." />
    ) : (
      <Alert color="red" title="The certificate could not be checked">
        {errorMessage(query.error)}
      </Alert>
    );
  }
  return <Valid certificate={query.data} />;
}

function Valid({ certificate }: { certificate: CertificateVerification }) {
  const facts = [
    ['Name', certificate.personName],
    ['Module', certificate.moduleTitle],
    ['Completed', longDate.format(new Date(`${certificate.completedOn}T00:00:00Z`))],
    ['Certificate ID', formatCertificateId(certificate.certificateId)],
  ] as const;
  return (
    <Alert color="green" title="Valid certificate" role="status">
      <Stack component="dl" gap="xs" m={0}>
        {facts.map(([term, value]) => (
          <div key={term}>
            <Text component="dt" size="sm" fw={600}>
              {term}
            </Text>
            <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
              {value}
            </Text>
          </div>
        ))}
      </Stack>
    </Alert>
  );
}

function NotValid({ message }: { message: string }) {
  return (
    <Alert color="red" title="Not a valid certificate" role="status">
      {message}
    </Alert>
  );
}

/** Typing an id from paper: spaces, hyphens and case do not matter. */
function CheckAnotherForm({ initial }: { initial: string }) {
  const navigate = useNavigate();
  const [typed, setTyped] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = CertificateId.safeParse(typed);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'That is not a certificate ID.');
      return;
    }
    setError(null);
    void navigate({ to: '/verify/$certificateId', params: { certificateId: parsed.data } });
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Check another certificate">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label="Certificate ID"
          description="As printed on the certificate, e.g. ABCD-EFGH-…"
          value={typed}
          error={error}
          autoComplete="off"
          spellCheck={false}
          style={{ flex: '1 1 16rem' }}
          onChange={(event) => setTyped(event.currentTarget.value)}
        />
        <Button type="submit">Check</Button>
      </Group>
    </form>
  );
}
