import { Alert, Anchor, Button, Checkbox, Group, List, Radio, Stack, Text, Title } from '@mantine/core';
import type {
  MenteeModule,
  OpenQuizAttempt,
  QuizResult,
  SectionView,
} from '@preceptor/domain/modules/module-view-schemas';
import { useState } from 'react';
import { errorMessage } from '../../lib/errors.ts';
import { useStartQuizAttempt, useSubmitQuizAttempt } from './api.ts';
import { QuizResults } from './quiz-results.tsx';

type Quiz = Extract<SectionView, { kind: 'quiz' }>;

function attemptsText(allowed: number | null, used: number): string {
  if (allowed === null) return 'Unlimited attempts.';
  const left = Math.max(0, allowed - used);
  return `${left} of ${allowed} attempts left.`;
}

/**
 * The quiz. Questions arrive without their answer key; the server grades the submission and only
 * then sends explanations back.
 */
export function QuizPanel({
  module,
  section,
  onOpenSection,
}: {
  module: MenteeModule;
  section: Quiz;
  onOpenSection: (key: string) => void;
}) {
  const [attempt, setAttempt] = useState<OpenQuizAttempt | null>(section.openAttempt);
  const [result, setResult] = useState<QuizResult | null>(null);
  const start = useStartQuizAttempt();
  const submit = useSubmitQuizAttempt((graded) => {
    setAttempt(null);
    setResult(graded);
  });
  const canStart =
    !module.locked &&
    !section.passed &&
    (section.attemptsAllowed === null || section.attemptsUsed < section.attemptsAllowed);
  return (
    <Stack gap="md" component="article" aria-labelledby={`section-${section.key}`}>
      <Title order={2} size="h3" id={`section-${section.key}`}>
        {section.title}
      </Title>
      <Text>
        {section.questionCount} questions · pass mark {section.passMark}% ·{' '}
        {attemptsText(section.attemptsAllowed, section.attemptsUsed)}
      </Text>
      {section.passed && !result ? (
        <Alert color="green" title="Passed">
          You passed this quiz
          {section.lastScorePercent !== null ? ` with ${Math.round(section.lastScorePercent)}%` : ''}.
        </Alert>
      ) : null}
      {result ? <QuizResults result={result} /> : null}
      {start.isError ? (
        <Alert color="red" title="Could not start the quiz">
          {errorMessage(start.error)}
        </Alert>
      ) : null}
      {attempt ? (
        <AttemptForm
          key={attempt.attemptId}
          attempt={attempt}
          submitting={submit.isPending}
          error={submit.isError ? errorMessage(submit.error) : null}
          onSubmit={(answers) => submit.mutate({ attemptId: attempt.attemptId, answers })}
        />
      ) : canStart ? (
        <Stack gap="sm">
          <BeforeYouStart module={module} onOpenSection={onOpenSection} />
          <Group>
            <Button
              loading={start.isPending}
              onClick={() =>
                start.mutate(
                  { moduleId: module.moduleId },
                  {
                    onSuccess: (opened) => {
                      setResult(null);
                      setAttempt(opened);
                    },
                  },
                )
              }
            >
              {section.attemptsUsed === 0 ? 'Start the quiz' : 'Try again'}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Stack>
  );
}

/**
 * What the learner should know before opening the quiz: which readings they have not marked done
 * (the curriculum does not require them, but the questions are drawn from them), and that
 * opening the quiz spends nothing.
 */
function BeforeYouStart({
  module,
  onOpenSection,
}: {
  module: MenteeModule;
  onOpenSection: (key: string) => void;
}) {
  const unread = module.sections.filter(
    (section) => (section.kind === 'lesson' || section.kind === 'case') && !section.done,
  );
  return (
    <Stack gap="xs">
      {unread.length > 0 ? (
        <Alert color="blue" title="Read the lessons first">
          <Text size="sm">
            The questions come from this module’s lessons and cases. You have not marked these as done yet:
          </Text>
          <List size="sm" mt="xs">
            {unread.map((reading) => (
              <List.Item key={reading.key}>
                <Anchor component="button" type="button" size="sm" onClick={() => onOpenSection(reading.key)}>
                  {reading.title}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Text size="sm">
        Starting shows you the questions; an attempt counts only when you submit your answers.
      </Text>
    </Stack>
  );
}

function AttemptForm({
  attempt,
  submitting,
  error,
  onSubmit,
}: {
  attempt: OpenQuizAttempt;
  submitting: boolean;
  error: string | null;
  onSubmit: (answers: Record<string, string[]>) => void;
}) {
  const [answers, setAnswers] = useState<Record<string, string[]>>({});
  const unanswered = attempt.questions.filter(
    (question) => (answers[question.key] ?? []).length === 0,
  ).length;
  const set = (key: string, value: string[]) => setAnswers((current) => ({ ...current, [key]: value }));
  return (
    <form
      aria-label={`Quiz attempt ${attempt.attemptNumber}`}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(answers);
      }}
    >
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          Attempt {attempt.attemptNumber}
          {attempt.attemptsRemaining !== null
            ? ` — submitting it uses one of your ${attempt.attemptsRemaining} remaining attempts`
            : ''}
          .
        </Text>
        {attempt.questions.map((question, index) =>
          question.kind === 'single' ? (
            <Radio.Group
              key={question.key}
              label={`${index + 1}. ${question.prompt}`}
              value={answers[question.key]?.[0] ?? null}
              onChange={(value) => set(question.key, [value])}
            >
              <Stack gap="xs" mt="xs">
                {question.choices.map((choice) => (
                  <Radio key={choice.key} value={choice.key} label={choice.text} />
                ))}
              </Stack>
            </Radio.Group>
          ) : (
            <Checkbox.Group
              key={question.key}
              label={`${index + 1}. ${question.prompt}`}
              description="Choose all that apply."
              value={answers[question.key] ?? []}
              onChange={(value) => set(question.key, value)}
            >
              <Stack gap="xs" mt="xs">
                {question.choices.map((choice) => (
                  <Checkbox key={choice.key} value={choice.key} label={choice.text} />
                ))}
              </Stack>
            </Checkbox.Group>
          ),
        )}
        {error ? (
          <Alert color="red" title="Not submitted">
            {error}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={submitting}>
            Submit answers
          </Button>
          {unanswered > 0 ? (
            <Text size="sm" c="dimmed">
              {unanswered} unanswered — they count as wrong.
            </Text>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
