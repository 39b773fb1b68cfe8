import type { KeyedFinding } from './keyed-findings.ts';

export type { KeyedFinding } from './keyed-findings.ts';

export interface CheckRequest {
  id: number;
  text: string;
}

export interface CheckResponse {
  id: number;
  findings: KeyedFinding[];
}

type Check = (text: string) => Promise<KeyedFinding[]>;

/** The check on this thread, loaded on first use: for browsers (or policies) without module workers. */
function mainThreadCheck(): Check {
  const loaded = import('./keyed-findings.ts');
  return async (text) => (await loaded).keyedFindings(text);
}

/**
 * One worker for the page's lifetime, answering requests in order. If it cannot start (no module
 * workers, or a content security policy without worker-src 'self'), every waiting and later
 * request falls back to the main thread, so the check never silently stops.
 */
function workerCheck(): Check {
  let fallback: Check | null = null;
  const waiting = new Map<
    number,
    { text: string; resolve: (findings: KeyedFinding[]) => void; reject: (error: unknown) => void }
  >();
  let next = 0;
  const worker = new Worker(new URL('./identifier-check.worker.ts', import.meta.url), {
    type: 'module',
    name: 'identifier-check',
  });
  worker.onmessage = (event: MessageEvent<CheckResponse>) => {
    const request = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    request?.resolve(event.data.findings);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    fallback = mainThreadCheck();
    for (const request of waiting.values())
      (fallback as Check)(request.text).then(request.resolve, request.reject);
    waiting.clear();
  };
  return (text) => {
    if (fallback) return fallback(text);
    const id = next++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { text, resolve, reject });
      worker.postMessage({ id, text } satisfies CheckRequest);
    });
  };
}

let shared: Check | null = null;

/**
 * Suspect patient identifiers in `text`, with their confirmation keys, computed off the main
 * thread. The worker (and the lexicons) are loaded on the first call, after the editor shows.
 */
export function checkIdentifiers(text: string): Promise<KeyedFinding[]> {
  if (!shared) shared = typeof Worker === 'undefined' ? mainThreadCheck() : workerCheck();
  return shared(text);
}
