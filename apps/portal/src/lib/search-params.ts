/**
 * Search parameters come from URLs people bookmark and edit by hand: a value that does not fit
 * is dropped (the page shows its default) rather than turning the page into an error.
 *
 * Written without zod on purpose: every route's `validateSearch` is in the portal's entry chunk,
 * so whatever validates search parameters is in the first download of every page, the sign-in
 * page included. zod (even `zod/mini`) costs 10–24 KB compressed there; these readers cost
 * about one. The API's own inputs keep their zod schemas: this only reads the URL.
 */

/** Reads one parameter as the router parsed it (a string, number or boolean); undefined when it does not fit. */
export type Param<T> = (value: unknown) => T | undefined;

/** A parameter that always has a value: a fallback stands in for a missing or unfit one. */
export type RequiredParam<T> = (value: unknown) => T;

/** Free text, trimmed and cut to `max` characters; empty means absent. */
export function textParam(max: number): Param<string> {
  return (value) => {
    // The router reads `?q=123` as the number 123: it is still the text someone typed.
    const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : undefined;
    return text?.trim().slice(0, max) || undefined;
  };
}

/** A non-empty string, as it is. */
export const stringParam: Param<string> = (value) =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

/** One of a fixed set of strings (an enum's values). */
export function oneOf<const T extends string>(values: readonly T[]): Param<T> {
  return (value) =>
    typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** A string matching `pattern` (anchor it). */
export function matching(pattern: RegExp): Param<string> {
  return (value) => (typeof value === 'string' && pattern.test(value) ? value : undefined);
}

/** Any UUID-shaped id, as zod's `z.guid()` accepts (the API checks that it exists). */
export const guidParam = matching(
  /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
);

/** A calendar date, `YYYY-MM-DD`, that exists (no 2025-02-30). */
export const isoDateParam: Param<string> = (value) => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : undefined;
};

/** A whole number from `min` to `max`, given as a number or a numeric string. */
export function intParam(min: number, max = Number.MAX_SAFE_INTEGER): Param<number> {
  return (value) => {
    const n =
      typeof value === 'number'
        ? value
        : typeof value === 'string' && value.trim() !== ''
          ? Number(value)
          : NaN;
    return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
  };
}

/** `?flag=true` (or the router's parsed `true`) means on; anything else means absent. */
export const flagParam: Param<true> = (value) => (value === true || value === 'true' ? true : undefined);

/** The parameter, or `fallback` when it is missing or does not fit. */
export function withDefault<T>(param: Param<T>, fallback: T): RequiredParam<T> {
  return (value) => param(value) ?? fallback;
}

type Readers = Record<string, Param<unknown> | RequiredParam<unknown>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The search object the readers produce: parameters that may be absent are optional keys. */
export type SearchOf<R extends Readers> = Simplify<
  {
    [K in keyof R as undefined extends ReturnType<R[K]> ? K : never]?: Exclude<ReturnType<R[K]>, undefined>;
  } & {
    [K in keyof R as undefined extends ReturnType<R[K]> ? never : K]: ReturnType<R[K]>;
  }
>;

/**
 * A route's `validateSearch`: each parameter read by its reader, unknown parameters dropped, and
 * absent values left out so the URL shows only the parameters that are set.
 */
export function searchParams<R extends Readers>(
  readers: R,
): (search: Record<string, unknown>) => SearchOf<R> {
  return (search) => {
    const result: Record<string, unknown> = {};
    for (const [key, read] of Object.entries(readers)) {
      const value = read(search[key]);
      if (value !== undefined) result[key] = value;
    }
    return result as SearchOf<R>;
  };
}

/** Drops absent values, so the URL shows only the parameters that are set. */
export function withoutAbsent<T extends Record<string, unknown>>(search: T): T {
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as T;
}

/**
 * `values` as a list the compiler checks against a union from the API's schemas: a value added
 * to (or removed from) the union there fails the portal's typecheck until the list agrees. The
 * portal keeps its own list so the URL readers need not import the zod schemas they come from.
 */
export function allOf<T extends string>() {
  return <const V extends readonly T[]>(
    values: V & ([T] extends [V[number]] ? unknown : { missing: Exclude<T, V[number]> }),
  ) => values as V;
}
