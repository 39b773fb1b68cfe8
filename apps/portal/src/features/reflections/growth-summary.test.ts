import type { GrowthPoint } from '@preceptor/domain/reflections/review-schemas';
import { describe, expect, it } from 'vitest';
import { growthRows, growthSummary } from './growth-summary.ts';

const day = (d: Date) => d.toISOString().slice(0, 10);

const OLD: GrowthPoint = {
  reviewedAt: new Date('2026-09-01'),
  level: 'THOUGHTFUL_ACTION',
  rank: 2,
  learning: null,
  criteria: [],
};
const NEW: GrowthPoint = {
  reviewedAt: new Date('2026-11-01'),
  level: 'REFLECTION',
  rank: 3,
  learning: 'TRANSFORMATIVE',
  criteria: [
    { criterion: 'PRESENCE', rank: 4 },
    { criterion: 'EMOTIONS', rank: 3 },
  ],
};

describe('growth rows', () => {
  it('leaves criteria an older review did not rate out, rather than zero', () => {
    const [old, rated] = growthRows([OLD, NEW], day);
    expect(old).toEqual({ date: '2026-09-01', overall: 2 });
    expect(rated).toEqual({ date: '2026-11-01', overall: 3, PRESENCE: 4, EMOTIONS: 3 });
  });
});

describe('growth summary', () => {
  it('says which reviews have an overall level only, and each criterion’s change', () => {
    const lines = growthSummary([OLD, NEW], day);
    expect(lines[0]).toBe('2 reviews; 1 from before per-criterion rating has an overall level only.');
    expect(lines[1]).toBe(
      'Overall: from Thoughtful action or introspection (2026-09-01) to Reflection (2026-11-01), 2 ratings.',
    );
    expect(lines).toContain('Presence: Critical reflection (2026-11-01).');
    expect(lines).toContain('Writing spectrum: not rated yet.');
    expect(lines.at(-1)).toBe('Learning rated: transformative 1.');
    expect(lines.join(' ')).not.toMatch(/none/i);
  });
});
