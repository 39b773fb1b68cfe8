import { Paper, Stack } from '@mantine/core';
import type { SetupLink } from '@preceptor/domain/people/person-schemas';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { useCreatePerson } from './api.ts';
import { PersonForm, toPersonInput } from './person-form.tsx';
import { EMPTY_PROFILE } from './profile-fields.tsx';
import { SetupLinkAlert } from './setup-link-alert.tsx';

export function NewPersonPage() {
  const create = useCreatePerson();
  const [created, setCreated] = useState<{ id: string; name: string; link: SetupLink } | null>(null);
  return (
    <Stack gap="lg">
      <PageHeader
        title="Add a person"
        description="They get a one-time link to choose their password; it is shown to you once."
      />
      {created ? (
        <Stack gap="sm">
          <SetupLinkAlert link={created.link} name={created.name} />
          <AnchorLink to="/people/$personId" params={{ personId: created.id }}>
            Open {created.name}
          </AnchorLink>
        </Stack>
      ) : null}
      <Paper withBorder p="md">
        <PersonForm
          key={created?.id ?? 'new'}
          submitLabel="Add person"
          initialValues={{
            email: '',
            firstName: '',
            lastName: '',
            hospitalId: '',
            withProfile: false,
            profile: EMPTY_PROFILE,
          }}
          onSubmit={async (values) => {
            const result = await create.mutateAsync(toPersonInput(values));
            setCreated({
              id: result.id,
              name: `${values.firstName} ${values.lastName}`,
              link: result.setupLink,
            });
          }}
        />
      </Paper>
    </Stack>
  );
}
