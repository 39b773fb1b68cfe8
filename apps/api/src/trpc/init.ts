import { DomainError } from '@preceptor/domain/errors';
import { fieldErrorsOf } from '@preceptor/domain/field-errors';
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { ZodError } from 'zod';
import { DOMAIN_ERROR_RESPONSES, INTERNAL_ERROR_MESSAGE } from '../errors/domain-error-responses.ts';
import type { Context } from './context.ts';

const t = initTRPC.context<Context>().create({
  // Dates and other non-JSON values survive the trip to the portal.
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const internal = error.code === 'INTERNAL_SERVER_ERROR';
    return {
      ...shape,
      // An unexpected failure says nothing of its internals to the browser; the server log has it.
      message: internal
        ? INTERNAL_ERROR_MESSAGE
        : cause instanceof ZodError
          ? refusedInputMessage(cause)
          : shape.message,
      data: {
        ...shape.data,
        stack: undefined,
        // Per-field messages, so forms can show each one next to its field.
        fieldErrors: cause instanceof ZodError ? fieldErrorsOf(cause.issues) : undefined,
        details: cause instanceof DomainError ? (cause.details ?? null) : undefined,
      },
    };
  },
});

/**
 * tRPC's own message for a refused input is zod's issue list as JSON; a person gets sentences
 * instead, each naming its field ("email: Enter a valid email address.").
 */
function refusedInputMessage(error: ZodError): string {
  const shown = error.issues.slice(0, 3).map((issue) => {
    const field = issue.path.map(String).join('.');
    return field ? `${field}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length - shown.length;
  return `Please check your input. ${shown.join(' ')}${more > 0 ? ` (and ${more} more)` : ''}`;
}

/** The one place domain errors become tRPC errors. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: DOMAIN_ERROR_RESPONSES[cause.code].trpcCode, message: cause.message, cause });
  }
  return result;
});

/** Times every procedure for /metrics. */
const timeProcedures = t.middleware(async ({ ctx, path, next }) => {
  const started = performance.now();
  const result = await next();
  ctx.observeProcedure(path, result.ok ? 'ok' : 'error', (performance.now() - started) / 1000);
  return result;
});

/**
 * After a mutation, this process forgets what its read cache holds for the person who made it,
 * before answering: their next request may come back to this process before the database's
 * change message does, and must see their own change (read-your-writes). Other people's cached
 * values wait for the message (milliseconds), as in every other process.
 */
const forgetOwnCachedReads = t.middleware(async ({ ctx, type, next }) => {
  try {
    return await next();
  } finally {
    if (type === 'mutation' && ctx.actor) ctx.readCache?.forget(ctx.actor.userId);
  }
});

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;
export const baseProcedure = t.procedure.use(timeProcedures).use(forgetOwnCachedReads).use(mapDomainErrors);
