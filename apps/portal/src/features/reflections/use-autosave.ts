import {
  type ReflectionText,
  SaveConflictDetails,
} from '@preceptor/domain/reflections/reflection-io-schemas';
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../lib/errors.ts';
import { errorCode, isAppClientError, useTRPCClient } from '../../lib/trpc.ts';
import { clearBackups, type DraftText, writeBackup } from './draft-backup.ts';
import { registerPendingDraft } from './draft-backup-flush.ts';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'offline' | 'conflict' | 'error';

export interface SaveConflict {
  mine: DraftText;
  theirs: ReflectionText;
}

interface Options {
  reflectionId: string;
  /** The server's text and version when the page opened. */
  initial: DraftText & { version: number };
  /** Called after a save so the page can refresh what depends on the saved text. */
  onSaved?: (version: number) => void;
}

const DEBOUNCE_MS = 1200;

type SendOutcome = 'saved' | 'more' | 'failed';
const MAX_RETRY_MS = 30_000;

/**
 * Autosave with nothing lost: every change is first kept in this browser (localStorage), then
 * saved after a pause, naming the version it was based on. A network failure retries with
 * backoff (and at once when the browser is back online); a CONFLICT keeps both texts and waits
 * for the writer to choose — it never overwrites either.
 */
export function useAutosave({ reflectionId, initial, onSaved }: Options) {
  const client = useTRPCClient();
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
  const [version, setVersion] = useState(initial.version);

  const text = useRef<DraftText>({ title: initial.title, body: initial.body });
  const saved = useRef<DraftText>({ title: initial.title, body: initial.body });
  const baseVersion = useRef(initial.version);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retryDelay = useRef(1000);
  const blocked = useRef(false);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const dirty = () => text.current.title !== saved.current.title || text.current.body !== saved.current.body;

  const schedule = useCallback((delay: number) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flushRef.current(), delay);
  }, []);

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) {
      // Wait for the save under way, then save whatever was typed meanwhile.
      await inFlight.current;
      return flushRef.current();
    }
    if (blocked.current) return false;
    if (!dirty()) {
      setStatus('saved');
      return true;
    }
    const attempt = sendRef.current();
    inFlight.current = attempt.then((outcome) => outcome === 'saved');
    let outcome: SendOutcome;
    try {
      outcome = await attempt;
    } finally {
      inFlight.current = null;
    }
    // The writer kept typing while that save was on its way: save the rest too.
    return outcome === 'more' ? flushRef.current() : outcome === 'saved';
  }, []);

  const send = async (): Promise<SendOutcome> => {
    setStatus('saving');
    const sending = { ...text.current };
    try {
      const result = await client.reflections.save.mutate({
        reflectionId,
        expectedVersion: baseVersion.current,
        ...sending,
      });
      clearBackups(reflectionId, baseVersion.current);
      baseVersion.current = result.version;
      saved.current = sending;
      retryDelay.current = 1000;
      setVersion(result.version);
      setError(null);
      onSavedRef.current?.(result.version);
      if (dirty()) {
        writeBackup(reflectionId, baseVersion.current, text.current);
        setStatus('unsaved');
        return 'more';
      }
      setStatus('saved');
      return 'saved';
    } catch (caught) {
      const code = errorCode(caught);
      if (code === 'CONFLICT') {
        const details = SaveConflictDetails.safeParse(isAppClientError(caught) ? caught.data?.details : null);
        if (details.success) {
          blocked.current = true;
          setConflict({ mine: { ...text.current }, theirs: details.data.current });
          setStatus('conflict');
          return 'failed';
        }
      }
      if (code === undefined) {
        // Offline or the server unreachable: the text is in localStorage; try again later.
        setStatus('offline');
        schedule(retryDelay.current);
        retryDelay.current = Math.min(retryDelay.current * 2, MAX_RETRY_MS);
        return 'failed';
      }
      setStatus('error');
      setError(errorMessage(caught));
      return 'failed';
    }
  };

  const flushRef = useRef(flush);
  flushRef.current = flush;
  const sendRef = useRef(send);
  sendRef.current = send;

  /** The writer typed: keep it in the browser now, save it after a pause. */
  const change = useCallback(
    (next: Partial<DraftText>) => {
      // Only the two texts: callers may pass a richer object (a restored backup) whose other
      // fields must not travel into saves or later backups.
      text.current = { title: next.title ?? text.current.title, body: next.body ?? text.current.body };
      if (!dirty()) return;
      writeBackup(reflectionId, baseVersion.current, text.current);
      if (!blocked.current) {
        setStatus((s) => (s === 'offline' ? s : 'unsaved'));
        schedule(DEBOUNCE_MS);
      }
    },
    [reflectionId, schedule],
  );

  /**
   * Ends a conflict with the text the writer chose (theirs, mine, or both combined), saved on
   * top of the server's version. When they keep the other version, this tab's text is first
   * saved as a version of its own, so it stays in the history rather than vanishing.
   */
  const resolve = useCallback(
    async (chosen: DraftText) => {
      if (!conflict) return;
      const { mine, theirs } = conflict;
      let base = theirs.version;
      let onServer: DraftText = { title: theirs.title, body: theirs.body };
      const keepingTheirs = chosen.title === theirs.title && chosen.body === theirs.body;
      if (keepingTheirs && (mine.title !== theirs.title || mine.body !== theirs.body)) {
        try {
          await client.reflections.save.mutate({ reflectionId, expectedVersion: base, ...mine });
          const back = await client.reflections.save.mutate({
            reflectionId,
            expectedVersion: base + 1,
            ...chosen,
          });
          base = back.version;
          onServer = chosen;
        } catch (caught) {
          setError(errorMessage(caught));
          return;
        }
      }
      clearBackups(reflectionId, Math.max(base, baseVersion.current));
      baseVersion.current = base;
      saved.current = onServer;
      text.current = chosen;
      setVersion(base);
      blocked.current = false;
      setConflict(null);
      setError(null);
      if (dirty()) {
        writeBackup(reflectionId, base, chosen);
        setStatus('unsaved');
        schedule(0);
      } else {
        setStatus('saved');
        onSavedRef.current?.(base);
      }
    },
    [client, conflict, reflectionId, schedule],
  );

  /** The server's text changed under us (a restore): adopt it as the saved state. */
  const adopt = useCallback(
    (server: DraftText & { version: number }) => {
      clearBackups(reflectionId, baseVersion.current);
      baseVersion.current = server.version;
      saved.current = { title: server.title, body: server.body };
      text.current = { title: server.title, body: server.body };
      setVersion(server.version);
      setStatus('saved');
    },
    [reflectionId],
  );

  /** Shows a conflict found outside a save (a backup older than the server's text). */
  const raiseConflict = useCallback((mine: DraftText, theirs: ReflectionText) => {
    blocked.current = true;
    setConflict({ mine, theirs });
    setStatus('conflict');
  }, []);

  useEffect(() => {
    const online = () => {
      retryDelay.current = 1000;
      if (dirty()) schedule(0);
    };
    // Leaving with unsaved text: the browser asks first (the backup is kept either way).
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty()) event.preventDefault();
    };
    window.addEventListener('online', online);
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('beforeunload', beforeUnload);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [schedule]);

  // Sign-out saves this editor's text before it clears the browser's backups.
  useEffect(
    () =>
      registerPendingDraft({
        flush: () => flushRef.current(),
        hasUnsavedText: () => dirty() || blocked.current,
      }),
    [],
  );

  const currentVersion = useCallback(() => baseVersion.current, []);

  return { status, error, conflict, version, currentVersion, change, flush, resolve, adopt, raiseConflict };
}

export type Autosave = ReturnType<typeof useAutosave>;
