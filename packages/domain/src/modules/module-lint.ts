import type { ModuleContent, QuizQuestion, QuizSection } from './module-content.ts';

/**
 * Quality rules for published curriculum, beyond what makes a module valid. A quiz that a
 * test-wise learner can pass by picking the longest answer, or by ticking all but the silly
 * option, measures nothing; a bank no bigger than one attempt turns retakes into recall.
 */
export const LINT_LIMITS = {
  /** Share of single-answer items whose keyed choice is the longest. */
  keyedLongestShare: 0.4,
  /** Share of select-all items where every choice but one is correct. */
  allButOneShare: 0.3,
  /** The bank holds at least this many times the questions one attempt asks. */
  bankToAttempt: 2,
} as const;

export type LintRule =
  | 'keyed-answer-longest'
  | 'all-but-one'
  | 'missing-explanation'
  | 'missing-objectives'
  | 'missing-references'
  | 'missing-review'
  | 'bank-too-small'
  | 'objective-without-question'
  | 'objective-bank-too-small'
  | 'objective-taught-nowhere'
  | 'question-without-objective'
  | 'case-without-debrief';

export interface LintFinding {
  readonly rule: LintRule;
  readonly message: string;
}

/** A keyed choice at least as long as every distractor gives the answer away by its length. */
export function keyedIsLongest(question: Pick<QuizQuestion, 'choices'>): boolean {
  const keyed = question.choices.filter((choice) => choice.correct);
  const others = question.choices.filter((choice) => !choice.correct);
  const longestOther = Math.max(0, ...others.map((choice) => choice.text.length));
  return keyed.some((choice) => choice.text.length >= longestOther);
}

export function isAllButOne(question: Pick<QuizQuestion, 'choices'>): boolean {
  const correct = question.choices.filter((choice) => choice.correct).length;
  return question.choices.length > 2 && correct === question.choices.length - 1;
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

function quizFindings(quiz: QuizSection, objectiveKeys: readonly string[]): LintFinding[] {
  const findings: LintFinding[] = [];
  const singles = quiz.questions.filter((question) => question.kind === 'single');
  const longest = singles.filter(keyedIsLongest);
  if (singles.length > 0 && longest.length / singles.length > LINT_LIMITS.keyedLongestShare) {
    findings.push({
      rule: 'keyed-answer-longest',
      message: `The keyed answer is the longest choice in ${longest.length} of ${singles.length} single-answer questions (${percent(longest.length / singles.length)}; at most ${percent(LINT_LIMITS.keyedLongestShare)}): ${longest.map((q) => q.key).join(', ')}.`,
    });
  }
  const multiples = quiz.questions.filter((question) => question.kind === 'multiple');
  const allButOne = multiples.filter(isAllButOne);
  if (multiples.length > 0 && allButOne.length / multiples.length > LINT_LIMITS.allButOneShare) {
    findings.push({
      rule: 'all-but-one',
      message: `${allButOne.length} of ${multiples.length} select-all questions have every choice but one correct (${percent(allButOne.length / multiples.length)}; at most ${percent(LINT_LIMITS.allButOneShare)}): ${allButOne.map((q) => q.key).join(', ')}.`,
    });
  }
  for (const question of quiz.questions) {
    if (question.explanation.trim() === '')
      findings.push({
        rule: 'missing-explanation',
        message: `Question "${question.key}" has no explanation.`,
      });
    if (question.objective === undefined)
      findings.push({
        rule: 'question-without-objective',
        message: `Question "${question.key}" names no learning objective.`,
      });
  }
  const perAttempt = quiz.questionsPerAttempt ?? quiz.questions.length;
  if (quiz.questions.length < LINT_LIMITS.bankToAttempt * perAttempt) {
    findings.push({
      rule: 'bank-too-small',
      message: `The bank holds ${quiz.questions.length} questions for attempts of ${perAttempt}; it needs at least ${LINT_LIMITS.bankToAttempt * perAttempt}.`,
    });
  }
  // Each attempt draws about perAttempt / objectives questions per objective (drawQuizForm); a
  // retake gets a fresh set only if every objective holds twice that.
  const perObjective = objectiveKeys.length === 0 ? 0 : Math.floor(perAttempt / objectiveKeys.length);
  for (const key of objectiveKeys) {
    const count = quiz.questions.filter((question) => question.objective === key).length;
    if (count === 0)
      findings.push({
        rule: 'objective-without-question',
        message: `No question assesses the objective "${key}".`,
      });
    else if (count < LINT_LIMITS.bankToAttempt * perObjective)
      findings.push({
        rule: 'objective-bank-too-small',
        message: `The objective "${key}" has ${count} questions; two forms need ${LINT_LIMITS.bankToAttempt * perObjective}.`,
      });
  }
  return findings;
}

/** Every rule the module breaks, each with a message naming what to fix; empty when it passes. */
export function lintModule(module: ModuleContent): LintFinding[] {
  const findings: LintFinding[] = [];
  const objectives = module.objectives ?? [];
  if (objectives.length === 0)
    findings.push({ rule: 'missing-objectives', message: 'The module lists no learning objectives.' });
  if ((module.references ?? []).length === 0)
    findings.push({ rule: 'missing-references', message: 'The module lists no references.' });
  if (module.review === undefined)
    findings.push({ rule: 'missing-review', message: 'The module has no last-reviewed date and reviewer.' });
  const readable = new Set(
    module.sections
      .filter((section) => section.kind === 'lesson' || section.kind === 'case')
      .map((s) => s.key),
  );
  for (const objective of objectives) {
    const unknown = (objective.taughtIn ?? []).filter((key) => !readable.has(key));
    if ((objective.taughtIn ?? []).length === 0 || unknown.length > 0)
      findings.push({
        rule: 'objective-taught-nowhere',
        message:
          unknown.length > 0
            ? `The objective "${objective.key}" points to sections that do not exist: ${unknown.join(', ')}.`
            : `The objective "${objective.key}" names no lesson or case that teaches it.`,
      });
  }
  for (const section of module.sections) {
    if (section.kind === 'case' && section.debrief === undefined)
      findings.push({ rule: 'case-without-debrief', message: `Case "${section.key}" has no debrief.` });
    if (section.kind === 'quiz')
      findings.push(
        ...quizFindings(
          section,
          objectives.map((objective) => objective.key),
        ),
      );
  }
  return findings;
}
