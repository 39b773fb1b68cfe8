import { describe, expect, it } from 'vitest';
import { ModuleDraft, type ModuleSection } from './module-content.ts';
import { moveSection, newSection, newSectionKey } from './new-section.ts';
import { sampleModule } from './test-fixtures.ts';

describe('newSectionKey', () => {
  it('numbers sections by kind, one past the highest number in use', () => {
    expect(newSectionKey('lesson', ['intro', 'quiz'])).toBe('lesson-1');
    expect(newSectionKey('lesson', ['lesson-1', 'lesson-4', 'case-9'])).toBe('lesson-5');
    expect(newSectionKey('case', ['lesson-1', 'lesson-4', 'case-9'])).toBe('case-10');
  });

  it('never fills a gap, so a removed section does not lend its key to a new one', () => {
    expect(newSectionKey('lesson', ['lesson-1', 'lesson-3'])).toBe('lesson-4');
    // The editor passes the keys the draft opened with too, so removing the highest is covered.
    const opened = ['lesson-1', 'lesson-2'];
    const current = ['lesson-1'];
    expect(newSectionKey('lesson', [...opened, ...current])).toBe('lesson-3');
  });

  it('ignores look-alike keys of other shapes', () => {
    expect(newSectionKey('quiz', ['quiz', 'quiz-one', 'quiz-2-extra'])).toBe('quiz-1');
  });
});

describe('newSection', () => {
  it('adds each kind with a fresh key that keeps the draft free of key clashes', () => {
    const module = sampleModule();
    let sections: ModuleSection[] = module.sections.filter((s) => s.kind === 'lesson');
    for (const kind of ['lesson', 'case', 'quiz', 'reflection'] as const) {
      sections = [
        ...sections,
        newSection(
          kind,
          sections.map((s) => s.key),
        ),
      ];
    }
    expect(sections.map((s) => s.key)).toEqual(['intro', 'lesson-1', 'case-1', 'quiz-1', 'reflection-1']);
    // Empty texts are refused at their fields, never by a rule about the module's shape.
    const issues = ModuleDraft.safeParse({ ...module, sections }).error?.issues ?? [];
    expect(issues.map((issue) => issue.path.slice(2).join('.')).sort()).toEqual(
      ['title', 'body', 'title', 'body', 'discussionQuestions', 'title', 'title', 'prompt'].sort(),
    );
  });
});

describe('moveSection', () => {
  it('moves one item and leaves out-of-range moves alone', () => {
    expect(moveSection(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveSection(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveSection(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveSection(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c']);
  });
});
