import { Alert, Button, Stack } from '@mantine/core';
import { localDay } from '@preceptor/domain/goals/goal-dates';
import type { GoalFields, GoalStatus, MyGoal } from '@preceptor/domain/goals/goal-schemas';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { EmptyNote } from '../../components/empty-note.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Section } from '../../components/section.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import {
  goalMentorsQuery,
  myGoalsQuery,
  useChangeGoalStatus,
  useCreateGoal,
  useDeleteGoal,
  useUpdateGoal,
} from './api.ts';
import { GoalCard } from './goal-card.tsx';
import { GoalFormModal, type GoalFormValues, ONLY_ME } from './goal-form-modal.tsx';
import { STATUS_HEADINGS } from './goal-words.ts';

const GROUPS: GoalStatus[] = ['OPEN', 'DONE', 'DROPPED'];
const EMPTY: GoalFormValues = { title: '', description: '', targetDate: null, matchId: ONLY_ME };

type Editing = { kind: 'new' } | { kind: 'edit'; goal: MyGoal };

function valuesOf(goal: MyGoal): GoalFormValues {
  return {
    title: goal.title,
    description: goal.description ?? '',
    targetDate: goal.targetDate,
    matchId: goal.sharedWith?.matchId ?? ONLY_ME,
  };
}

export function GoalsPage() {
  const trpc = useTRPC();
  const { data: list } = useSuspenseQuery(myGoalsQuery(trpc));
  const mentors = useQuery(goalMentorsQuery(trpc));
  const create = useCreateGoal();
  const update = useUpdateGoal();
  const move = useChangeGoalStatus();
  const remove = useDeleteGoal();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<MyGoal | null>(null);
  const today = localDay(new Date());

  const save = async (fields: GoalFields) => {
    if (editing?.kind === 'edit') await update.mutateAsync({ ...fields, goalId: editing.goal.id });
    else await create.mutateAsync(fields);
  };

  return (
    <Stack gap="xl">
      <PageHeader
        title="My goals"
        description="What you are working towards. Share a goal with your mentor and they can follow it with you."
        action={<Button onClick={() => setEditing({ kind: 'new' })}>Add a goal</Button>}
      />
      {move.error ? (
        <Alert color="red" title="The goal was not changed" withCloseButton onClose={() => move.reset()}>
          {errorMessage(move.error)}
        </Alert>
      ) : null}
      {list.length === 0 ? (
        <EmptyNote title="No goals yet">
          Add something you want to learn or do this year, such as joining a call rotation or leading a
          debrief.
        </EmptyNote>
      ) : (
        GROUPS.map((status) => {
          const group = list.filter((goal) => goal.status === status);
          if (group.length === 0) return null;
          return (
            <Section key={status} title={`${STATUS_HEADINGS[status]} (${group.length})`}>
              {group.map((goal) => (
                <GoalCard
                  key={goal.id}
                  goal={goal}
                  today={today}
                  busy={move.isPending && move.variables?.goalId === goal.id}
                  onMove={(next) => move.mutate({ goalId: goal.id, status: next })}
                  onEdit={() => setEditing({ kind: 'edit', goal })}
                  onDelete={() => {
                    remove.reset();
                    setDeleting(goal);
                  }}
                />
              ))}
            </Section>
          );
        })
      )}
      {/* The form waits for the mentor list, so a shared goal never shows the wrong mentor. */}
      {editing && !mentors.isPending ? (
        <GoalFormModal
          title={editing.kind === 'new' ? 'Add a goal' : 'Edit goal'}
          submitLabel={editing.kind === 'new' ? 'Add goal' : 'Save goal'}
          initialValues={editing.kind === 'new' ? EMPTY : valuesOf(editing.goal)}
          keepsDate={editing.kind === 'edit' ? editing.goal.targetDate : undefined}
          mentors={mentors.data ?? []}
          onClose={() => setEditing(null)}
          onSubmit={save}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          opened
          title="Delete this goal?"
          confirmLabel="Delete goal"
          pending={remove.isPending}
          error={remove.error}
          onClose={() => setDeleting(null)}
          onConfirm={() => remove.mutate({ goalId: deleting.id }, { onSuccess: () => setDeleting(null) })}
        >
          {/* Deleting cannot be undone, so it is asked once more; dropping is the gentler way out. */}
          {`“${deleting.title}” will be gone for good, also for any mentor you shared it with. To keep a record of it, drop it instead.`}
        </ConfirmDialog>
      ) : null}
    </Stack>
  );
}
