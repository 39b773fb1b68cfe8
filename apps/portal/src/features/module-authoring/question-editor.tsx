import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { QuizQuestion } from '@preceptor/domain/modules/module-content';
import type { ProblemAt } from './draft-problems.ts';

/** The quiz's questions: prompt, single or multiple answer, choices with the answer key, explanation. */
export function QuestionEditor({
  questions,
  readOnly,
  problemAt,
  onChange,
}: {
  questions: QuizQuestion[];
  readOnly: boolean;
  /** Paths inside the quiz's questions: '' for the list, `0.prompt` for a field. */
  problemAt: ProblemAt;
  onChange: (questions: QuizQuestion[]) => void;
}) {
  const listProblem = problemAt('');
  const update = (index: number, question: QuizQuestion) =>
    onChange(questions.map((existing, i) => (i === index ? question : existing)));
  const nextKey = (prefix: string, keys: string[]) => {
    let n = keys.length + 1;
    while (keys.includes(`${prefix}-${n}`)) n++;
    return `${prefix}-${n}`;
  };
  return (
    <Stack gap="sm">
      {questions.length === 0 ? (
        <Text size="sm" c={listProblem ? 'red.9' : undefined}>
          {listProblem ??
            'No questions yet. A draft may be saved without them; publishing needs at least one.'}
        </Text>
      ) : null}
      {questions.map((question, index) => (
        <Fieldset key={question.key} legend={`Question ${index + 1}`}>
          <Stack gap="xs">
            <Textarea
              label={`Question ${index + 1} prompt`}
              autosize
              value={question.prompt}
              readOnly={readOnly}
              error={problemAt(`${index}.prompt`)}
              onChange={(event) => update(index, { ...question, prompt: event.currentTarget.value })}
            />
            <SegmentedControl
              aria-label={`Question ${index + 1} answers`}
              disabled={readOnly}
              value={question.kind}
              onChange={(kind) =>
                update(index, { ...question, kind: kind === 'multiple' ? 'multiple' : 'single' })
              }
              data={[
                { value: 'single', label: 'One correct answer' },
                { value: 'multiple', label: 'Several correct answers' },
              ]}
            />
            {question.choices.map((choice, choiceIndex) => (
              <Group key={choice.key} align="flex-end" wrap="nowrap">
                <TextInput
                  label={`Choice ${choiceIndex + 1}`}
                  value={choice.text}
                  readOnly={readOnly}
                  error={problemAt(`${index}.choices.${choiceIndex}.text`)}
                  style={{ flex: 1 }}
                  onChange={(event) =>
                    update(index, {
                      ...question,
                      choices: question.choices.map((c, i) =>
                        i === choiceIndex ? { ...c, text: event.currentTarget.value } : c,
                      ),
                    })
                  }
                />
                <Checkbox
                  label="Correct"
                  checked={choice.correct}
                  disabled={readOnly}
                  mb={8}
                  aria-label={`Choice ${choiceIndex + 1} of question ${index + 1} is correct`}
                  onChange={(event) =>
                    update(index, {
                      ...question,
                      choices: question.choices.map((c, i) =>
                        i === choiceIndex
                          ? { ...c, correct: event.currentTarget.checked }
                          : question.kind === 'single' && event.currentTarget.checked
                            ? { ...c, correct: false }
                            : c,
                      ),
                    })
                  }
                />
              </Group>
            ))}
            {problemAt(`${index}.choices`) ? (
              <Text size="sm" c="red.9">
                {problemAt(`${index}.choices`)}
              </Text>
            ) : null}
            <Textarea
              label={`Question ${index + 1} explanation (shown after submission)`}
              autosize
              value={question.explanation}
              readOnly={readOnly}
              error={problemAt(`${index}.explanation`)}
              onChange={(event) => update(index, { ...question, explanation: event.currentTarget.value })}
            />
            {readOnly ? null : (
              <Group gap="xs">
                <Button
                  size="xs"
                  variant="default"
                  disabled={question.choices.length >= 8}
                  onClick={() =>
                    update(index, {
                      ...question,
                      choices: [
                        ...question.choices,
                        {
                          key: nextKey(
                            'choice',
                            question.choices.map((c) => c.key),
                          ),
                          text: '',
                          correct: false,
                        },
                      ],
                    })
                  }
                >
                  Add a choice
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => onChange(questions.filter((_, i) => i !== index))}
                >
                  Remove question {index + 1}
                </Button>
              </Group>
            )}
          </Stack>
        </Fieldset>
      ))}
      {readOnly ? null : (
        <Group>
          <Button
            variant="default"
            onClick={() =>
              onChange([
                ...questions,
                {
                  key: nextKey(
                    'question',
                    questions.map((q) => q.key),
                  ),
                  prompt: '',
                  kind: 'single',
                  explanation: '',
                  choices: [
                    { key: 'choice-1', text: '', correct: true },
                    { key: 'choice-2', text: '', correct: false },
                  ],
                },
              ])
            }
          >
            Add a question
          </Button>
        </Group>
      )}
    </Stack>
  );
}
