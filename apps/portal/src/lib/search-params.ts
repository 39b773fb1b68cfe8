import { z } from 'zod';

/**
 * Search parameters come from URLs people bookmark and edit by hand: a value that does not fit
 * is dropped (the page shows its default) rather than turning the page into an error.
 */
export function optionalParam<T extends z.ZodType>(schema: T) {
  return schema.optional().catch(undefined);
}

/** Free text, trimmed and cut to `max` characters; empty means absent. */
export function textParam(max: number) {
  return optionalParam(z.string().transform((value) => value.trim().slice(0, max) || undefined));
}

/** `?flag=true` (or the router's parsed `true`) means on; anything else means absent. */
export const flagParam = optionalParam(
  z
    .union([z.boolean(), z.string()])
    .transform((value) => (value === true || value === 'true' ? true : undefined)),
);

/** Drops absent values, so the URL shows only the parameters that are set. */
export function withoutAbsent<T extends Record<string, unknown>>(search: T): T {
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as T;
}
