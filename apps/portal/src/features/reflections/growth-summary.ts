import {
  levelOfRank,
  REFLECT_CRITERIA,
  REFLECT_LEARNING_LABELS,
  type ReflectCriterion,
  ReflectLearning,
  reflectLevelGuide,
} from '@preceptor/domain/reflections/reflect-rubric';
import type { GrowthPoint } from '@preceptor/domain/reflections/review-schemas';

export type GrowthRow = { date: string; overall: number } & Partial<Record<ReflectCriterion, number>>;

/** One row per review; a criterion a review did not rate is absent (a gap), never zero. */
export function growthRows(points: GrowthPoint[], formatDate: (date: Date) => string): GrowthRow[] {
  return points.map((point) => {
    const row: GrowthRow = { date: formatDate(point.reviewedAt), overall: point.rank };
    for (const rating of point.criteria) row[rating.criterion] = rating.rank;
    return row;
  });
}

const label = (rank: number) => reflectLevelGuide(levelOfRank(rank)).label;

function change(ranks: { rank: number; date: string }[]): string {
  const first = ranks[0];
  const last = ranks.at(-1);
  if (!first || !last) return 'not rated yet';
  if (ranks.length === 1) return `${label(first.rank)} (${first.date})`;
  return `from ${label(first.rank)} (${first.date}) to ${label(last.rank)} (${last.date}), ${ranks.length} ratings`;
}

/** The chart in sentences, for people who do not read the chart. */
export function growthSummary(points: GrowthPoint[], formatDate: (date: Date) => string): string[] {
  const rated = points.filter((p) => p.criteria.length > 0);
  const older = points.length - rated.length;
  const lines = [
    `${points.length} ${points.length === 1 ? 'review' : 'reviews'}` +
      (older > 0
        ? `; ${older} from before per-criterion rating ${older === 1 ? 'has' : 'have'} an overall level only.`
        : '.'),
    `Overall: ${change(points.map((p) => ({ rank: p.rank, date: formatDate(p.reviewedAt) })))}.`,
  ];
  for (const guide of REFLECT_CRITERIA) {
    const ranks = rated.flatMap((p) =>
      p.criteria
        .filter((c) => c.criterion === guide.criterion)
        .map((c) => ({ rank: c.rank, date: formatDate(p.reviewedAt) })),
    );
    lines.push(`${guide.label}: ${change(ranks)}.`);
  }
  const learning = ReflectLearning.options
    .map((kind) => ({ kind, count: points.filter((p) => p.learning === kind).length }))
    .filter((entry) => entry.count > 0);
  if (learning.length > 0) {
    lines.push(
      `Learning rated: ${learning.map((e) => `${REFLECT_LEARNING_LABELS[e.kind].label.toLowerCase()} ${e.count}`).join(', ')}.`,
    );
  }
  return lines;
}
