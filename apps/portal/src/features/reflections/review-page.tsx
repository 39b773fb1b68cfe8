import { Alert, Button, Grid, Paper, Stack, Text, Typography } from '@mantine/core';
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
import { plainTextOfHtml, renderWithPassages, showPassage } from './passage-marks.ts';
import { ReflectionStatusBadge } from './reflection-status.tsx';
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
    return placePassages(text, [...passagesOf(feedback.data ?? []), ...drafts]);
  }, [text, feedback.data, comments]);
}

function ReviewWorkspace({ reflection }: { reflection: ReflectionView }) {
  const textRef = useRef<HTMLDivElement>(null);
  const [comments, setComments] = useState<AnchoredComment[]>([]);
  const [selectionHint, setSelectionHint] = useState<string | null>(null);
  const awaitingReview = reflection.status === 'SHARED';
  const { placed, states } = usePassages(reflection, comments);

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

  const commentOnSelection = () => {
    const root = textRef.current;
    const selected = root ? selectionOffsets(root) : null;
    if (!selected || selected.text.trim() === '') {
      setSelectionHint(
        'Select a passage of the reflection first, then choose “Comment on the selected passage”.',
      );
      return;
    }
    setSelectionHint(null);
    setComments((previous) =>
      [
        ...previous,
        { anchorStart: selected.start, anchorEnd: selected.end, anchorText: selected.text, body: '' },
      ].sort((a, b) => a.anchorStart - b.anchorStart),
    );
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title={reflection.title || 'Untitled reflection'}
        description={
          <>
            By {reflection.authorName}
            {reflection.sharedAt ? `, shared ${formatDateTime(reflection.sharedAt)}` : ''} ·{' '}
            <ReflectionStatusBadge status={reflection.status} />
          </>
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
                {selectionHint ? (
                  <Text size="sm" fw={600} role="status">
                    {selectionHint}
                  </Text>
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
