import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ModuleContent, ModuleSection } from '@preceptor/domain/modules/module-content';
import { afterAll, describe, expect, it } from 'vitest';
import { loadModuleContent, ModuleContentError, parseModuleFile } from './load-modules.ts';

const EXPECTED_SLUGS = [
  'conflicts-of-interest',
  'documentation-and-billing-integrity',
  'end-of-life-ethics-in-the-or-and-icu',
  'fitness-for-duty',
  'handoff-communication',
  'incivility-and-disruptive-behaviour',
  'informed-consent',
  'just-culture-and-error-disclosure',
  'professional-boundaries',
  'scope-of-practice-and-supervision',
  'speaking-up-for-patient-safety',
  'sterile-field-counts-specimens-and-implants',
];

// Choices are shuffled, so wording that points at other choices by position would point wrongly.
const SHUFFLE_UNSAFE =
  /\b(all|none|any) of the (above|below)\b|\bboth [a-e] and [a-e]\b|\b(option|choice) [a-e]\b/i;

const modules = loadModuleContent();
const ofKind = <K extends ModuleSection['kind']>(module: ModuleContent, kind: K) =>
  module.sections.filter((section): section is Extract<ModuleSection, { kind: K }> => section.kind === kind);

describe('seed module content', () => {
  it('loads every module in the catalogue, in file-name order', () => {
    expect(modules.map((module) => module.slug)).toEqual(EXPECTED_SLUGS);
  });

  describe.each(modules.map((module) => [module.slug, module] as const))('%s', (_slug, module) => {
    it('has at least three substantive lessons', () => {
      const lessons = ofKind(module, 'lesson');
      expect(lessons.length).toBeGreaterThanOrEqual(3);
      for (const lesson of lessons) {
        // "Several paragraphs": at least three blank-line-separated blocks of real prose.
        expect(lesson.body.split(/\n\s*\n/).length, lesson.key).toBeGreaterThanOrEqual(3);
        expect(lesson.body.length, lesson.key).toBeGreaterThan(1500);
      }
    });

    it('has at least two cases with two to four discussion questions each', () => {
      const cases = ofKind(module, 'case');
      expect(cases.length).toBeGreaterThanOrEqual(2);
      for (const vignette of cases) {
        expect(vignette.discussionQuestions.length, vignette.key).toBeGreaterThanOrEqual(2);
        expect(vignette.discussionQuestions.length, vignette.key).toBeLessThanOrEqual(4);
      }
    });

    it('has a quiz of eight or more explained questions, mixing single and multiple answers', () => {
      const [quiz] = ofKind(module, 'quiz');
      expect(quiz).toBeDefined();
      if (!quiz) return;
      expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
      expect(quiz).toMatchObject({ attemptsAllowed: 3, shuffle: true });
      expect(quiz.passMark).toBeGreaterThanOrEqual(70);
      expect(quiz.passMark).toBeLessThanOrEqual(80);
      expect(new Set(quiz.questions.map((question) => question.kind))).toEqual(
        new Set(['single', 'multiple']),
      );
      for (const question of quiz.questions) {
        expect(question.explanation.trim().length, question.key).toBeGreaterThan(80);
      }
    });

    it('has one reflection prompt', () => {
      expect(ofKind(module, 'reflection')).toHaveLength(1);
    });
  });

  it('keeps shuffle-unsafe wording out of the quizzes', () => {
    for (const module of modules) {
      for (const question of ofKind(module, 'quiz').flatMap((quiz) => quiz.questions)) {
        for (const choice of question.choices) {
          expect(choice.text, `${module.slug} ${question.key}`).not.toMatch(SHUFFLE_UNSAFE);
        }
      }
    }
  });
});

describe('loading errors', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'preceptor-modules-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the file, the path and the section key of a schema problem', () => {
    const broken =
      'slug: broken\ntitle: T\nsummary: S\ncompetencies: [communication]\nestimatedMinutes: 5\nceHours: 1\nsections:\n  - kind: case\n    key: the-case\n    title: C\n    body: B\n    discussionQuestions: []\n';
    writeFileSync(path.join(dir, 'broken.yaml'), broken);
    expect(() => loadModuleContent(dir)).toThrow(ModuleContentError);
    expect(() => loadModuleContent(dir)).toThrow(
      /^broken\.yaml: .*sections\.0\.discussionQuestions \("the-case"\)/,
    );
  });

  it('reports invalid YAML with the file name', () => {
    expect(() => parseModuleFile('slug: [unclosed', 'bad.yaml')).toThrow(/^bad\.yaml: not valid YAML/);
  });

  it('requires the file name to match the slug', () => {
    const text = parseModuleFileText(modules[0]);
    expect(() => parseModuleFile(text, 'renamed.yaml')).toThrow(/does not match the file name/);
  });
});

function parseModuleFileText(module: ModuleContent | undefined): string {
  if (!module) throw new Error('no modules loaded');
  return JSON.stringify(module); // JSON is YAML, which keeps this test free of a YAML writer.
}
