import type { ModuleSection, ModuleSectionKind } from './module-content.ts';

export const SECTION_KIND_LABELS: Record<ModuleSectionKind, string> = {
  lesson: 'Lesson',
  case: 'Case vignette',
  quiz: 'Quiz',
  reflection: 'Reflection prompt',
};

/**
 * A key for a section added in the editor: `<kind>-<n>`, one past the highest number that kind
 * uses among `existingKeys`. Keys are stored in mentees' progress and link reflections to a
 * module's prompt, so a key never follows later title edits. Pass the keys the draft had when
 * it was opened as well as the current ones: counting past the highest (never filling gaps)
 * then keeps a section removed moments ago from lending its key to a different one.
 */
export function newSectionKey(kind: ModuleSectionKind, existingKeys: readonly string[]): string {
  const pattern = new RegExp(`^${kind}-(\\d+)$`);
  let highest = 0;
  for (const key of existingKeys) {
    const match = pattern.exec(key);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  const used = new Set(existingKeys);
  let next = highest + 1;
  while (used.has(`${kind}-${next}`)) next++;
  return `${kind}-${next}`;
}

/**
 * A new, empty section of a kind, as the editor adds it. Its texts are empty on purpose: the
 * author writes them, and saving refuses empty ones with a message on each field, so no
 * placeholder text can reach a mentee by being left in. A new quiz starts with no questions
 * (allowed in a draft, refused at publishing).
 */
export function newSection(kind: ModuleSectionKind, existingKeys: readonly string[]): ModuleSection {
  const key = newSectionKey(kind, existingKeys);
  switch (kind) {
    case 'lesson':
      return { kind, key, title: '', body: '' };
    case 'case':
      return { kind, key, title: '', body: '', discussionQuestions: [] };
    case 'quiz':
      return { kind, key, title: '', passMark: 80, attemptsAllowed: 3, shuffle: true, questions: [] };
    case 'reflection':
      return { kind, key, title: '', prompt: '' };
  }
}

/** The sections with the one at `from` moved to `to`; out-of-range moves change nothing. */
export function moveSection<T>(sections: readonly T[], from: number, to: number): T[] {
  const copy = [...sections];
  if (from < 0 || from >= copy.length || to < 0 || to >= copy.length || from === to) return copy;
  const [moved] = copy.splice(from, 1);
  copy.splice(to, 0, moved as T);
  return copy;
}
