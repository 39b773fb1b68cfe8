import { errorCode, isAppClientError } from './trpc.ts';

const OFFLINE = 'We could not reach Preceptor. Check your connection and try again.';
const BROKEN = 'Something went wrong while showing this page. Reloading the page usually fixes it.';

/**
 * A sentence to show a person. The API already words its messages for people (and hides
 * internals), so we show them as they are. A tRPC error without a code never got an answer.
 */
export function errorMessage(error: unknown): string {
  if (isAppClientError(error)) {
    // No code means the request never produced a tRPC answer (offline, proxy down, HTML error page).
    return errorCode(error) ? error.message : OFFLINE;
  }
  // Not from the API: a bug in the page, or its code failed to download after a new release.
  return BROKEN;
}

/**
 * Per-field messages from a refused input, keyed by field name. The API sends them in two
 * places: `data.fieldErrors` when its zod parse refused the input, and
 * `data.details.fieldErrors` when a domain rule did ("Your current password is not correct.").
 */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!isAppClientError(error)) return {};
  const result: Record<string, string> = {};
  const sources: (FieldMessages | undefined)[] = [
    error.data?.fieldErrors,
    detailFieldErrors(error.data?.details),
  ];
  for (const source of sources) {
    for (const [field, messages] of Object.entries(source ?? {})) {
      const first = messages?.[0];
      if (first && !result[field]) result[field] = first;
    }
  }
  return result;
}

type FieldMessages = Record<string, string[] | undefined>;

function detailFieldErrors(details: unknown): FieldMessages | undefined {
  if (typeof details !== 'object' || details === null || !('fieldErrors' in details)) return undefined;
  const fields = details.fieldErrors;
  if (typeof fields !== 'object' || fields === null) return undefined;
  const result: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(fields)) {
    if (Array.isArray(messages)) result[field] = messages.filter((m): m is string => typeof m === 'string');
  }
  return result;
}
