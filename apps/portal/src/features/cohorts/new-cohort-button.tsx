import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { useCreateCohort } from './api.ts';
import { CohortFormModal, toCohortInput } from './cohort-form.tsx';

export function NewCohortButton() {
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const create = useCreateCohort();
  return (
    <>
      <Button onClick={open}>New cohort</Button>
      {opened ? (
        <CohortFormModal
          opened
          onClose={close}
          title="New cohort"
          submitLabel="Create cohort"
          initialValues={{ name: '', description: '', hospitalIds: [], startDate: '', endDate: '' }}
          onSubmit={async (values) => {
            const { id } = await create.mutateAsync(toCohortInput(values));
            notifications.show({ color: 'green', message: `${values.name} was created as a draft.` });
            await navigate({ to: '/cohorts/$cohortId', params: { cohortId: id } });
          }}
        />
      ) : null}
    </>
  );
}
