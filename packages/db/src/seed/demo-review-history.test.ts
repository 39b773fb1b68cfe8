import { DEFAULT_PROGRAMME_SETTINGS } from '@preceptor/domain/programme/programme-settings';
import { findPatientIdentifiers } from '@preceptor/domain/reflections/identifier-check';
import { htmlToPlainText } from '@preceptor/domain/reflections/plain-text';
import { reflectLevelGuide } from '@preceptor/domain/reflections/reflect-rubric';
import { describe, expect, it } from 'vitest';
import { DEMO_MENTEE_REVIEW_HISTORY } from './demo-review-history.ts';
import { DEMO_ACTIVE_MATCHES } from './pairings.ts';
import { personByEmail } from './people.ts';
import { checkedReview, replayHistory, reviewLevel, type SeedReflectionHistory } from './review-history.ts';
import { DEMO_REVIEW_HISTORIES } from './seed-review-history.ts';

const DAY_MS = 86_400_000;
const rank = (history: SeedReflectionHistory) =>
  history.rounds.map((round) => reflectLevelGuide(reviewLevel(round.review)).rank);

describe('the demo review histories', () => {
  it('pass the patient-identifier check, titles and every saved version alike', () => {
    for (const history of DEMO_REVIEW_HISTORIES) {
      expect(findPatientIdentifiers(history.title), history.title).toEqual([]);
      for (const version of history.versions) {
        expect(findPatientIdentifiers(htmlToPlainText(version.body)), history.title).toEqual([]);
      }
    }
  });

  it('are shared only with the writer’s mentor, after the match began', () => {
    for (const history of DEMO_REVIEW_HISTORIES) {
      const match = DEMO_ACTIVE_MATCHES.find(
        (m) => m.mentee === history.author && m.mentor === history.mentor,
      );
      expect(match, `${history.author} → ${history.mentor}`).toBeDefined();
      const firstShare = new Date(history.rounds[0]?.sharedAt ?? 0);
      expect(firstShare.getTime()).toBeGreaterThan(match?.activatedAt.getTime() ?? Number.POSITIVE_INFINITY);
    }
  });

  it('follow the reflection state machine and end reviewed', () => {
    for (const history of DEMO_REVIEW_HISTORIES) {
      const replayed = replayHistory(history);
      expect(replayed.status).toBe('REVIEWED');
      expect(replayed.version).toBe(history.versions.length);
    }
  });

  it('are reviewed before the programme would have reminded the mentor', () => {
    // The reminder scan catches a share a day before `reviewWaitingDays` have passed.
    const limit = (DEFAULT_PROGRAMME_SETTINGS.reviewWaitingDays - 1) * DAY_MS;
    for (const round of DEMO_REVIEW_HISTORIES.flatMap((history) => history.rounds)) {
      expect(new Date(round.review.at).getTime() - new Date(round.sharedAt).getTime()).toBeLessThan(limit);
    }
  });

  it('quote and comment on the words of the version reviewed, and pass the review form’s checks', () => {
    for (const history of DEMO_REVIEW_HISTORIES) {
      for (const round of replayHistory(history).rounds) {
        const body = history.versions[round.version - 1]?.body ?? '';
        const { input, text } = checkedReview(round.review, crypto.randomUUID(), round.version, body);
        expect(text).toContain(input.strengthQuote);
        for (const comment of input.comments) {
          expect(text.slice(comment.anchorStart, comment.anchorEnd)).not.toBe('');
        }
      }
    }
  });

  it('refuse a quote that is not in the text', () => {
    const [history] = DEMO_MENTEE_REVIEW_HISTORY;
    const round = history?.rounds[0];
    if (!history || !round) throw new Error('No demo history');
    const misquoted = { ...round.review, strengthQuote: 'Words the writer never wrote.' };
    expect(() => checkedReview(misquoted, crypto.randomUUID(), 1, history.versions[0]?.body ?? '')).toThrow(
      /not in the text/,
    );
  });

  it('give the demo mentee rising levels: a revision requested first, then reviewed, one answered', () => {
    const ranks = DEMO_MENTEE_REVIEW_HISTORY.flatMap(rank);
    expect(ranks).toEqual(ranks.toSorted((a, b) => a - b));
    expect(new Set(ranks).size).toBeGreaterThanOrEqual(3);
    const outcomes = DEMO_MENTEE_REVIEW_HISTORY.flatMap((h) => h.rounds.map((r) => r.review.outcome));
    expect(outcomes.filter((outcome) => outcome === 'REVISION_REQUESTED')).toHaveLength(1);
    expect(
      DEMO_MENTEE_REVIEW_HISTORY.filter((h) => h.rounds.at(-1)?.review.outcome === 'REVIEWED'),
    ).toHaveLength(3);
    const answered = DEMO_MENTEE_REVIEW_HISTORY.flatMap((h) => h.rounds).filter((r) => r.review.response);
    expect(answered).toHaveLength(1);
    expect(answered[0]?.review.response?.agreedNextStep).not.toBe('');
  });

  it('reach other hospitals than the demo mentee’s', () => {
    const hospitals = new Set(DEMO_REVIEW_HISTORIES.map((history) => personByEmail(history.author).hospital));
    expect([...hospitals].sort()).toEqual(['LUH', 'PCH', 'SMH']);
  });
});

describe('replayHistory', () => {
  const base: SeedReflectionHistory = {
    author: 'a@preceptor.test',
    mentor: 'b@preceptor.test',
    title: 'Test',
    versions: [{ at: '2026-10-01T00:00:00Z', body: '<p>One.</p>' }],
    rounds: [],
  };
  const review = DEMO_MENTEE_REVIEW_HISTORY[0]?.rounds[1]?.review;
  if (!review) throw new Error('No demo review');

  it('refuses a share after the reflection was already reviewed', () => {
    const at = (day: number) => `2026-10-0${day}T00:00:00Z`;
    const twice = {
      ...base,
      rounds: [
        { sharedAt: at(2), review: { ...review, at: at(3) } },
        { sharedAt: at(4), review: { ...review, at: at(5) } },
      ],
    };
    expect(() => replayHistory(twice)).toThrow(/already shared|not shared|waiting/);
  });

  it('refuses a version saved while the reflection waits with the mentor', () => {
    const edited = {
      ...base,
      versions: [...base.versions, { at: '2026-10-03T00:00:00Z', body: '<p>Two.</p>' }],
      rounds: [{ sharedAt: '2026-10-02T00:00:00Z', review: { ...review, at: '2026-10-04T00:00:00Z' } }],
    };
    expect(() => replayHistory(edited)).toThrow(/out of order/);
  });

  it('refuses a review before its share', () => {
    const early = {
      ...base,
      rounds: [{ sharedAt: '2026-10-03T00:00:00Z', review: { ...review, at: '2026-10-02T00:00:00Z' } }],
    };
    expect(() => replayHistory(early)).toThrow(/out of order/);
  });
});
