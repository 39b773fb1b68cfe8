import { type PassageAnchor, placeAnchor } from '@preceptor/domain/reflections/comment-anchor';
import type { ReviewView } from '@preceptor/domain/reflections/review-schemas';

/*
 * Mentors' anchored comments as passages to mark in the reflection text, and the ids that tie
 * each comment to its passage both ways (the button beside a comment shows its passage; the
 * marked passage is described by its comment).
 */

export interface CommentPassage extends PassageAnchor {
  commentId: string;
  /** Said by the marked passage (its title and accessible description). */
  description: string;
}

/** Whether a comment's passage is marked in the text now, or is only in an earlier version. */
export type PassageState = 'shown' | 'earlier_version';

export interface PassageLinks {
  stateOf: (commentId: string) => PassageState | undefined;
  show: (commentId: string) => void;
}

export const commentElementId = (commentId: string) => `comment-${commentId}`;
export const passageElementId = (commentId: string) => `passage-${commentId}`;

function excerpt(text: string, length = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

export function describePassage(author: string, comment: string): string {
  return comment.trim() === ''
    ? `Passage ${author} is commenting on`
    : `${author} commented: ${excerpt(comment)}`;
}

/** Every anchored comment of these reviews, as a passage to find in the text. */
export function passagesOf(reviews: readonly ReviewView[]): CommentPassage[] {
  return reviews.flatMap((review) =>
    review.comments.flatMap((comment) =>
      comment.anchorStart !== null && comment.anchorEnd !== null && comment.anchorText !== null
        ? [
            {
              commentId: comment.id,
              start: comment.anchorStart,
              end: comment.anchorEnd,
              quote: comment.anchorText,
              description: describePassage(review.mentorName, comment.body),
            },
          ]
        : [],
    ),
  );
}

export interface PlacedPassage extends CommentPassage {
  /** Where the passage is in the text now (plain-text offsets). */
  at: { start: number; end: number };
}

/** Finds each passage in the current plain text; those no longer there are left out of `placed`. */
export function placePassages(
  text: string,
  passages: readonly CommentPassage[],
): { placed: PlacedPassage[]; states: Map<string, PassageState> } {
  const placed: PlacedPassage[] = [];
  const states = new Map<string, PassageState>();
  for (const passage of passages) {
    const placement = placeAnchor(text, passage);
    if (placement.kind === 'earlier_version') {
      states.set(passage.commentId, 'earlier_version');
    } else {
      states.set(passage.commentId, 'shown');
      placed.push({ ...passage, at: { start: placement.start, end: placement.end } });
    }
  }
  return { placed, states };
}
