import { Alert, List, Paper, Stack, Text } from '@mantine/core';
import type { QuizResult } from '@preceptor/domain/modules/module-view-schemas';

/**
 * The graded attempt: score against the pass mark; after a failed attempt the objectives to
 * revisit, and once the quiz is closed each question with its answer and explanation.
 */
export function QuizResults({ result }: { result: QuizResult }) {
  const score = Math.round(result.scorePercent);
  return (
    <Stack gap="sm" aria-live="polite">
      <Alert color={result.passed ? 'green' : 'orange'} title={result.passed ? 'Passed' : 'Not passed yet'}>
        You scored {score}% ({result.correctCount} of {result.questionCount}); the pass mark is{' '}
        {result.passMark}%.
        {result.passed
          ? ''
          : result.attemptsRemaining === null
            ? ' Revisit the objectives below and try again.'
            : result.attemptsRemaining > 0
              ? ` ${result.attemptsRemaining} attempt${result.attemptsRemaining === 1 ? '' : 's'} left: revisit the objectives below and try again; the next attempt asks different questions.`
              : ' No attempts left: talk to your mentor or coordinator.'}
      </Alert>
      {result.objectivesToRevisit.length > 0 ? (
        <Paper withBorder p="sm" component="section" aria-labelledby="objectives-to-revisit">
          <Text fw={600} id="objectives-to-revisit">
            Objectives to revisit
          </Text>
          <List size="sm">
            {result.objectivesToRevisit.map((objective) => (
              <List.Item key={objective.key}>
                {objective.text}
                {objective.sections.length > 0
                  ? ` — see ${objective.sections.map((section) => `“${section.title}”`).join(', ')}`
                  : ''}
              </List.Item>
            ))}
          </List>
        </Paper>
      ) : null}
      {result.questions.map((question, index) => {
        const text = (keys: readonly string[]) =>
          question.choices.filter((choice) => keys.includes(choice.key)).map((choice) => choice.text);
        return (
          <Paper key={question.key} withBorder p="sm">
            <Stack gap={4}>
              <Text fw={600}>
                {index + 1}. {question.prompt}
              </Text>
              <Text c={question.correct ? 'green.9' : 'red.9'} fw={600}>
                {question.correct ? 'Correct' : 'Incorrect'}
              </Text>
              <Text size="sm">Your answer:</Text>
              {question.chosenChoiceKeys.length > 0 ? (
                <List size="sm">
                  {text(question.chosenChoiceKeys).map((choice) => (
                    <List.Item key={choice}>{choice}</List.Item>
                  ))}
                </List>
              ) : (
                <Text size="sm">No answer</Text>
              )}
              {question.correctChoiceKeys && !question.correct ? (
                <Text size="sm">Correct answer: {text(question.correctChoiceKeys).join('; ')}</Text>
              ) : null}
              <Text size="sm">{question.explanation}</Text>
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
