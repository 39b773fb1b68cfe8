import type { ModuleDraft } from '@preceptor/domain/modules/module-content';
import { describe, expect, it } from 'vitest';
import { blankReference, nextKey, referencesOfKind, withReview, withUrl } from './module-metadata.ts';

const base: ModuleDraft = {
  slug: 'sample',
  title: 'Sample',
  summary: 'A module.',
  competencies: ['communication'],
  estimatedMinutes: 30,
  ceHours: 0.5,
  audience: [],
  sections: [],
};

describe('references', () => {
  const references = [
    { citation: 'Beauchamp and Childress.', year: 2019 },
    { citation: 'AANA Code of Ethics.', year: 2018, kind: 'code_of_ethics' as const },
    { citation: 'Wald et al.', year: 2012, kind: 'source' as const },
  ];

  it('shows sources and codes apart, each keeping its place in the module for error messages', () => {
    expect(referencesOfKind(references, 'source').map(({ index }) => index)).toEqual([0, 2]);
    expect(referencesOfKind(references, 'code_of_ethics').map(({ index }) => index)).toEqual([1]);
  });

  it('starts a new one blank, of its kind', () => {
    expect(blankReference('source')).toEqual({ citation: '', year: 0 });
    expect(blankReference('code_of_ethics')).toEqual({ citation: '', year: 0, kind: 'code_of_ethics' });
  });

  it('drops an emptied web address instead of sending an invalid one', () => {
    const [first] = references;
    if (!first) throw new Error('fixture');
    expect(withUrl(first, ' https://example.org ')).toEqual({ ...first, url: 'https://example.org' });
    expect(withUrl({ ...first, url: 'https://example.org' }, '  ')).toEqual(first);
  });
});

describe('the review', () => {
  it('is absent when both fields are blank, and keeps a half-filled one so saving can name the gap', () => {
    const dated = withReview(base, { lastReviewed: '2026-11-30' });
    expect(dated.review).toEqual({ lastReviewed: '2026-11-30', reviewerRole: '' });
    const complete = withReview(dated, { reviewerRole: 'Clinical educator' });
    expect(complete.review).toEqual({ lastReviewed: '2026-11-30', reviewerRole: 'Clinical educator' });
    const cleared = withReview(withReview(complete, { lastReviewed: '' }), { reviewerRole: '' });
    expect('review' in cleared).toBe(false);
  });
});

describe('nextKey', () => {
  it('never reuses a key in the list', () => {
    expect(nextKey('objective', ['objective-1', 'objective-3'])).toBe('objective-4');
    expect(nextKey('objective', ['objective-3', 'x', 'y'])).toBe('objective-4');
    expect(nextKey('objective', [])).toBe('objective-1');
  });
});
