import { describe, expect, it } from 'vitest';
import { MEASURABLE_OBJECTIVE_MESSAGE, ModuleDraft } from './module-content.ts';
import { PublishableModule } from './module-publishing.ts';
import { sampleModule } from './test-fixtures.ts';

const objective = (key: string, text = `Explain ${key} to a colleague.`) => ({ key, text });

function publishable() {
  return {
    ...sampleModule(),
    objectives: [objective('first'), objective('second'), objective('third')],
    references: [
      { citation: 'Beauchamp TL, Childress JF. Principles of Biomedical Ethics. 8th ed.', year: 2019 },
      { citation: 'AANA Code of Ethics for the CRNA.', year: 2018, kind: 'code_of_ethics' as const },
    ],
    review: { lastReviewed: '2026-11-01', reviewerRole: 'Clinical educator' },
  };
}

function problems(
  schema: typeof ModuleDraft | typeof PublishableModule,
  module: unknown,
): Record<string, string> {
  const parsed = schema.safeParse(module);
  return Object.fromEntries(
    (parsed.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
  );
}

describe('learning objectives', () => {
  it('refuses to publish a state of mind where an assessor needs something to see, however worded', () => {
    for (const vague of [
      'Understand informed consent.',
      'know the five rights of delegation',
      'Be aware of Open Payments.',
      'Be able to appreciate the hierarchy of actions.',
      'Gain an understanding of just culture.',
      'Become familiar with I-PASS.',
    ]) {
      const module = {
        ...publishable(),
        objectives: [objective('a', vague), objective('b'), objective('c')],
      };
      // A draft keeps it; publishing names it.
      expect(problems(ModuleDraft, module), vague).toEqual({});
      expect(problems(PublishableModule, module), vague).toEqual({
        'objectives.0.text': MEASURABLE_OBJECTIVE_MESSAGE,
      });
    }
    for (const measurable of [
      'Explain the five elements of valid consent.',
      'Recognise when a colleague may be impaired, and respond.',
      'Identify what Open Payments reports, including knowledge of who it covers.',
    ]) {
      const module = {
        ...publishable(),
        objectives: [objective('a', measurable), objective('b'), objective('c')],
      };
      expect(problems(PublishableModule, module), measurable).toEqual({});
    }
  });

  it('lets a draft hold fewer than three or more than five while it is written, never a published module', () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((key) => objective(key));
    for (const objectives of [[objective('only')], six]) {
      expect(problems(ModuleDraft, { ...publishable(), objectives })).toEqual({});
      expect(problems(PublishableModule, { ...publishable(), objectives })).toEqual({
        objectives: `List 3 to 5 learning objectives (found ${objectives.length}).`,
      });
    }
  });
});

describe('publishing', () => {
  it('publishes a complete module with 3–5 objectives, a dated source and a review', () => {
    expect(problems(PublishableModule, publishable())).toEqual({});
    const five = ['a', 'b', 'c', 'd', 'e'].map((key) => objective(key));
    expect(problems(PublishableModule, { ...publishable(), objectives: five })).toEqual({});
  });

  it('names each missing part at the field the editor shows it on', () => {
    const { review: _review, ...unreviewed } = publishable();
    expect(
      problems(PublishableModule, {
        ...unreviewed,
        objectives: [objective('one'), objective('two')],
        references: [{ citation: 'ANA Code of Ethics for Nurses.', year: 2025, kind: 'code_of_ethics' }],
      }),
    ).toEqual({
      objectives: 'List 3 to 5 learning objectives (found 2).',
      references: 'Cite at least one source, with its year.',
      review: 'Say when the facts and citations were last reviewed, and by whom (a role).',
    });
    expect(problems(PublishableModule, { ...publishable(), references: [{ citation: 'A book.' }] })).toEqual({
      'references.0.year': 'Give the year of publication.',
    });
  });
});
