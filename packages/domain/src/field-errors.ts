import type { z } from 'zod';
import { DomainError } from './errors.ts';

export type FieldErrors = Record<string, string[]>;

/**
 * Issues keyed by their dotted path (`content.sections.2.title`), the name forms give their
 * fields. zod's own flattening keeps only the top-level key, which says "content" for every
 * problem in a nested document like a module.
 */
export function fieldErrorsOf(issues: readonly Pick<z.core.$ZodIssue, 'path' | 'message'>[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    const messages = errors[field] ?? [];
    if (!messages.includes(issue.message)) messages.push(issue.message);
    errors[field] = messages;
  }
  return errors;
}

/**
 * Parses input for a nested form, refusing it as BAD_INPUT with every problem at its field.
 * `what` opens the message: "The draft was not saved: 2 problems to fix."
 */
export function parseWithFieldErrors<T extends z.ZodType>(
  schema: T,
  input: unknown,
  what: string,
): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors = fieldErrorsOf(result.error.issues);
  const count = result.error.issues.length;
  throw new DomainError(
    'BAD_INPUT',
    `${what}: ${count === 1 ? 'one problem' : `${count} problems`} to fix.`,
    {
      fieldErrors,
    },
  );
}
