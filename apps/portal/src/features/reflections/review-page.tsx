import { Alert, Button, Grid, Group, NativeSelect, Paper, Stack, Text, Typography } from '@mantine/core';
import type { ReflectionView } from '@preceptor/domain/reflections/reflection-io-schemas';
import { useQuery } from '@tanstack/react-query';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { auditedReadOptions } from './audited-read-options.ts';
import './comment-passage.css';
import { type CommentPassage, type PassageLinks, passagesOf, placePassages } from './comment-passages.ts';
import { FeedbackPanel } from './feedback-panel.tsx';
import { GrowthChart } from './growth-chart.tsx';
import { paragraphLabel, paragraphPassages } from './paragraph-passages.ts';
import { plainTextOfHtml, renderWithPassages, showPassage } from './passage-marks.ts';
import { ReflectionStatusBadge } from './reflection-status.tsx';
import { useReviewDraft } from './review-draft.ts';
import { type AnchoredComment, draftCommentId, ReviewForm } from './review-form.tsx';
import { selectionOffsets } from './selection-offsets.ts';

export function ReviewPage({ reflectionId }: { reflectionId: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.reflections.get.queryOptions({ reflectionId }, auditedReadOptions));
  return (
    <QueryState query={query} what="this reflection">
      {(reflection) => <ReviewWorkspace key={reflection.id} reflection={reflection} />}
    </QueryState>
  );
}

/** Passages of earlier reviews (found again in this version) and of the comments being written. */
function usePassages(reflection: ReflectionView, comments: AnchoredComment[]) {
  const trpc = useTRPC();
  const feedback = useQuery(
    trpc.reflections.feedback.queryOptions({ reflectionId: reflection.id }, auditedReadOptions),
  );
  const text = useMemo(() => plainTextOfHtml(reflection.body), [reflection.body]);
  return useMemo(() => {
    const drafts: CommentPassage[] = comments.map((comment) => ({
      commentId: draftCommentId(comment),
      start: comment.anchorStart,
      end: comment.anchorEnd,
      quote: comment.anchorText,
      description: 'The passage you are commenting on',
    }));
    return { ...placePassages(text, [...passagesOf(feedback.data ?? []), ...drafts]), text };
  }, [text, feedback.data, comments]);
}

function ReviewWorkspace({ reflection }: { reflection: ReflectionView }) {
  const textRef = useRef<HTMLDivElement>(null);
  const [comments, setComments] = useState<AnchoredComment[]>([]);
  const [selectionHint, setSelectionHint] = useState<string | null>(null);
  const review = useReviewDraft();
  const awaitingReview = reflection.status === 'SHARED';
  const { placed, states, text } = usePassages(reflection, comments);
  const paragraphs = useMemo(() => paragraphPassages(text), [text]);
  const [paragraphIndex, setParagraphIndex] = useState('0');

  // The text is rendered here rather than by React, so the passage marks can be woven into it.
  // The server sanitizes every body before storing it (see the API's sanitize-body).
  const placedKey = placed.map((p) => `${p.commentId}:${p.at.start}-${p.at.end}`).join('|');
  useLayoutEffect(() => {
    if (textRef.current) renderWithPassages(textRef.current, reflection.body, placed);
  }, [reflection.body, placedKey]);

  const passageLinks: PassageLinks = {
    stateOf: (commentId) => states.get(commentId),
    show: (commentId) => {
      if (textRef.current) showPassage(textRef.current, commentId);
    },
  };

  /** The passage selected in the text, or a hint naming the button that needs one. */
  const selectedPassage = (button: string) => {
    const root = textRef.current;
    const selected = root ? selectionOffsets(root) : null;
    if (!selected || selected.text.trim() === '') {
      setSelectionHint(`Select a passage of the reflection first, then choose “${button}”.`);
      return null;
    }
    setSelectionHint(null);
    return selected;
  };
  const commentOnSelection = () => {
    const selected = selectedPassage('Comment on the selected passage');
    if (selected) addComment(selected);
  };
  const quoteSelection = () => {
    const selected = selectedPassage('Quote the selected passage as a strength');
    if (selected) review.update({ strengthQuote: selected.text.trim() });
  };
  const addComment = (passage: { start: number; end: number; text: string }) =>
    setComments((previous) =>
      [
        ...previous,
        { anchorStart: passage.start, anchorEnd: passage.end, anchorText: passage.text, body: '' },
      ].sort((a, b) => a.anchorStart - b.anchorStart),
    );

  return (
    <Stack gap="lg">
      <PageHeader
        title={reflection.title || 'Untitled reflection'}
        description={
          <Group component="span" gap="xs" wrap="wrap">
            <span>
              By {reflection.authorName}
              {reflection.sharedAt ? `, shared ${formatDateTime(reflection.sharedAt)}` : ''}
            </span>
            <ReflectionStatusBadge status={reflection.status} />
          </Group>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="sm">
            {reflection.prompt ? (
              <Text size="sm" c="dimmed">
                Answers the prompt “{reflection.prompt.title}” from {reflection.prompt.moduleTitle}.
              </Text>
            ) : null}
            <Paper withBorder p="md">
              <Typography>
                <div ref={textRef} data-testid="reflection-text" />
              </Typography>
            </Paper>
            {awaitingReview ? (
              <Stack gap={4} align="flex-start">
                <Button
                  variant="light"
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={commentOnSelection}
                >
                  Comment on the selected passage
                </Button>
                <Button
                  variant="light"
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={quoteSelection}
                >
                  Quote the selected passage as a strength
                </Button>
                {selectionHint ? (
                  <Text size="sm" fw={600} role="status">
                    {selectionHint}
                  </Text>
                ) : null}
                {paragraphs.length > 0 ? (
                  <Group align="flex-end" gap="xs" wrap="wrap" w="100%">
                    <NativeSelect
                      label="Or comment on a whole paragraph"
                      value={paragraphIndex}
                      onChange={(event) => setParagraphIndex(event.currentTarget.value)}
                      data={paragraphs.map((paragraph, index) => ({
                        value: String(index),
                        label: paragraphLabel(paragraph, index),
                      }))}
                      style={{ flex: '1 1 16rem', minWidth: 0 }}
                    />
                    <Button
                      variant="light"
                      onClick={() => {
                        const paragraph = paragraphs[Number(paragraphIndex)];
                        if (paragraph) addComment(paragraph);
                      }}
                    >
                      Comment on this paragraph
                    </Button>
                  </Group>
                ) : null}
              </Stack>
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            {awaitingReview ? (
              <ReviewForm
                reflection={reflection}
                text={text}
                review={review}
                comments={comments}
                onCommentsChange={setComments}
                passages={passageLinks}
              />
            ) : (
              <Alert color="blue" title="Not waiting for review">
                This reflection is not waiting for your review now. Its earlier feedback is below.
              </Alert>
            )}
            <FeedbackPanel
              reflectionId={reflection.id}
              title="Earlier feedback"
              emptyNote="You have not reviewed this reflection before."
              passages={passageLinks}
              auditedRead
            />
            <GrowthChart menteeId={reflection.authorId} title={`${reflection.authorName}’s growth`} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
