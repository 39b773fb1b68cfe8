import { Alert, Button, Grid, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { blocksSharing } from '@preceptor/domain/reflections/identifier-finding';
import {
  MAX_TITLE_LENGTH,
  type ReflectionView,
  TITLE_TOO_LONG,
} from '@preceptor/domain/reflections/reflection-io-schemas';
import { canTransition } from '@preceptor/domain/reflections/reflection-status';
import { useQuery } from '@tanstack/react-query';
import { useRouterState } from '@tanstack/react-router';
import { useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { commentPassageHighlight, commentPassageKey, PASSAGES_META } from './comment-passage-highlight.ts';
import { type PassageLinks, type PassageState, passagesOf } from './comment-passages.ts';
import { ConflictDialog } from './conflict-dialog.tsx';
import { clearBackups, type DraftText, readBackups } from './draft-backup.ts';
import { FeedbackPanel } from './feedback-panel.tsx';
import { FindingsPanel, type PanelFinding } from './findings-panel.tsx';
import { type BodyFinding, CONFIRMED_META, identifierHighlight } from './identifier-highlight.ts';
import { ReflectionBodyEditor } from './reflection-body-editor.tsx';
import { ReflectionStatusBadge } from './reflection-status.tsx';
import { SaveStatusText } from './save-status.tsx';
import { ShareControls } from './share-controls.tsx';
import { useAutosave } from './use-autosave.ts';
import { useFindingActions } from './use-finding-actions.ts';
import { useIdentifierCheck } from './use-identifier-check.ts';
import { VersionHistory } from './version-history.tsx';

export function ReflectionEditorPage({ reflectionId }: { reflectionId: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.reflections.get.queryOptions({ reflectionId }));
  // Data first: a failed background refresh (a network blip) must not take the editor, and the
  // text in it, off the screen.
  if (query.data) return <ReflectionWorkspace key={query.data.id} reflection={query.data} />;
  return (
    <QueryState query={query} what="this reflection">
      {(reflection) => <ReflectionWorkspace key={reflection.id} reflection={reflection} />}
    </QueryState>
  );
}

function ReflectionWorkspace({ reflection }: { reflection: ReflectionView }) {
  const reflectionId = reflection.id;
  const bodyLabelId = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState(reflection.title);
  const titleTooLong = title.trim().length > MAX_TITLE_LENGTH;
  const [body, setBody] = useState<{ findings: BodyFinding[]; ready: boolean }>({
    findings: [],
    ready: false,
  });
  const bodyFindings = body.findings;
  const [historyOpen, setHistoryOpen] = useState(false);
  const canEdit = reflection.isAuthor && canTransition(reflection.status, 'edit');
  const autosave = useAutosave({ reflectionId, initial: reflection });
  const highlight = useMemo(() => identifierHighlight((findings, ready) => setBody({ findings, ready })), []);
  const [passageStates, setPassageStates] = useState<Map<string, PassageState>>(new Map());
  const passageHighlight = useMemo(() => commentPassageHighlight(setPassageStates), []);
  const trpc = useTRPC();
  const feedback = useQuery(trpc.reflections.feedback.queryOptions({ reflectionId }));

  const editor = useEditor({
    extensions: [StarterKit, highlight, passageHighlight],
    content: reflection.body,
    editable: canEdit,
    immediatelyRender: true,
    editorProps: {
      attributes: { 'aria-label': 'Reflection text', 'aria-multiline': 'true', role: 'textbox' },
    },
    onUpdate: ({ editor: current }) => autosave.change({ body: current.getHTML() }),
  });
  const bodyEmpty = useEditorState({ editor, selector: ({ editor: current }) => current?.isEmpty ?? true });
  // The server refuses to share without both; saying so here spares the writer a refusal.
  const missing =
    title.trim() === '' && bodyEmpty
      ? 'a title and some text'
      : title.trim() === ''
        ? 'a title'
        : bodyEmpty
          ? 'some text'
          : null;

  const apply = (text: DraftText) => {
    setTitle(text.title);
    editor?.commands.setContent(text.body, { emitUpdate: false });
  };

  const actions = useFindingActions({
    reflectionId,
    initialConfirmed: reflection.confirmedKeys,
    flush: autosave.flush,
  });

  useEffect(() => {
    editor?.view.dispatch(editor.state.tr.setMeta(CONFIRMED_META, actions.confirmed));
  }, [editor, actions.confirmed]);

  useEffect(() => {
    // No update event: becoming editable (or not) changes no text, so there is nothing to save.
    editor?.setEditable(canEdit, false);
    editor?.view.dispatch(editor.state.tr.setMeta(PASSAGES_META, { focusable: !canEdit }));
  }, [editor, canEdit]);

  useEffect(() => {
    editor?.view.dispatch(
      editor.state.tr.setMeta(PASSAGES_META, { passages: passagesOf(feedback.data ?? []) }),
    );
  }, [editor, feedback.data]);

  const passageLinks: PassageLinks = {
    stateOf: (commentId) => passageStates.get(commentId),
    show: (commentId) => {
      if (!editor) return;
      const range = commentPassageKey.getState(editor.state)?.ranges.get(commentId);
      if (!range) return;
      editor.view.dispatch(editor.state.tr.setMeta(PASSAGES_META, { activeId: commentId }));
      // Writing: select the passage, so the caret is where the comment asks for a change.
      if (editor.isEditable) {
        editor.chain().focus().setTextSelection(range).scrollIntoView().run();
        return;
      }
      const mark = editor.view.dom.querySelector<HTMLElement>(`[data-comment-id="${CSS.escape(commentId)}"]`);
      mark?.scrollIntoView({ block: 'center' });
      mark?.focus({ preventScroll: true });
    },
  };

  // A draft just started from its title's first letter: carry on typing where the writer was.
  const focusTitle = useRouterState({ select: (state) => state.location.state.focusTitle === true });
  useEffect(() => {
    const input = titleRef.current;
    if (!focusTitle || !input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, []);

  // Text typed here but never saved (closed offline, or a failed save) comes back on opening.
  useEffect(() => {
    const latest = readBackups(reflectionId)[0];
    if (!latest) return;
    const differs = latest.title !== reflection.title || latest.body !== reflection.body;
    if (!differs || !canEdit) {
      clearBackups(reflectionId, Math.max(latest.baseVersion, reflection.version));
    } else if (latest.baseVersion === reflection.version) {
      const kept = { title: latest.title, body: latest.body };
      apply(kept);
      autosave.change(kept);
    } else if (latest.baseVersion < reflection.version) {
      autosave.raiseConflict(
        { title: latest.title, body: latest.body },
        {
          version: reflection.version,
          title: reflection.title,
          body: reflection.body,
          updatedAt: reflection.updatedAt,
        },
      );
    }
  }, []);

  const titleCheck = useIdentifierCheck(title);
  const findings: PanelFinding[] = [
    ...titleCheck.findings
      .filter((f) => !actions.confirmed.has(f.key))
      .map((f) => ({ ...f, field: 'title' as const })),
    ...bodyFindings.map((f) => ({ ...f, field: 'body' as const })),
  ];
  // The check arrives after the editor shows (it runs in a worker): until both texts have been
  // checked once, the page says so instead of "nothing found", and sharing waits.
  const checking = !titleCheck.ready || !body.ready;

  const editFinding = (finding: PanelFinding) => {
    if (finding.field === 'title') {
      titleRef.current?.focus();
      titleRef.current?.setSelectionRange(finding.start, finding.end);
      return;
    }
    const located = bodyFindings.find((f) => f.key === finding.key && f.start === finding.start);
    if (located)
      editor?.chain().focus().setTextSelection({ from: located.from, to: located.to }).scrollIntoView().run();
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title={title.trim() || 'Untitled reflection'}
        description={<ReflectionStatusBadge status={reflection.status} />}
        action={
          <Group gap="sm" wrap="wrap">
            <SaveStatusText status={autosave.status} version={autosave.version} />
            <Button variant="default" onClick={() => setHistoryOpen(true)}>
              Version history
            </Button>
          </Group>
        }
      />
      {autosave.error ? (
        <Alert color="red" title="Your latest changes are not saved" role="alert">
          {autosave.error} Your text is kept on this device.
        </Alert>
      ) : null}
      {reflection.prompt ? (
        <Paper withBorder p="sm" bg="gray.0">
          <Text size="sm" fw={600}>
            Prompt from “{reflection.prompt.moduleTitle}”: {reflection.prompt.title}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {reflection.prompt.text}
          </Text>
        </Paper>
      ) : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="sm">
            <TextInput
              ref={titleRef}
              label="Title"
              value={title}
              readOnly={!canEdit}
              error={
                titleTooLong
                  ? `${TITLE_TOO_LONG} It has ${title.trim().length}; the title is not saved until it is shorter.`
                  : undefined
              }
              onChange={(event) => {
                const next = event.currentTarget.value;
                setTitle(next);
                // Refused here rather than cut: the body keeps saving with the last title that fits.
                if (next.trim().length <= MAX_TITLE_LENGTH) autosave.change({ title: next });
              }}
            />
            <Text id={bodyLabelId} size="sm" fw={500}>
              Reflection
            </Text>
            <ReflectionBodyEditor editor={editor} labelId={bodyLabelId} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <ShareControls
              reflection={reflection}
              unconfirmedCount={findings.filter(blocksSharing).length}
              checking={checking}
              missing={missing}
              flush={autosave.flush}
            />
            {canEdit ? (
              <FindingsPanel
                findings={findings}
                checking={checking}
                confirming={actions.confirming}
                error={actions.error}
                onEdit={editFinding}
                onConfirm={actions.confirm}
              />
            ) : null}
            <FeedbackPanel
              reflectionId={reflectionId}
              title="Feedback from your mentor"
              passages={passageLinks}
            />
          </Stack>
        </Grid.Col>
      </Grid>
      <VersionHistory
        reflectionId={reflectionId}
        opened={historyOpen}
        onClose={() => setHistoryOpen(false)}
        currentVersion={autosave.version}
        canRestore={canEdit}
        onRestore={async (entry) => {
          const restored = await actions.restore(entry.version, autosave.currentVersion());
          apply(entry);
          autosave.adopt({ title: entry.title, body: entry.body, version: restored });
        }}
      />
      <ConflictDialog
        conflict={autosave.conflict}
        onChoose={(text) => {
          apply(text);
          void autosave.resolve(text);
        }}
      />
    </Stack>
  );
}
