import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DomainError } from './errors.ts';
import { fieldErrorsOf, parseWithFieldErrors } from './field-errors.ts';

const Form = z.object({
  name: z.string().min(1, 'Write a name.'),
  items: z.array(z.object({ title: z.string().min(1, 'Give it a title.') })),
});

describe('parseWithFieldErrors', () => {
  it('returns the parsed value', () => {
    expect(parseWithFieldErrors(Form, { name: 'A', items: [] }, 'Not saved')).toEqual({
      name: 'A',
      items: [],
    });
  });

  it('refuses as BAD_INPUT with every problem at its dotted path', () => {
    let error: unknown;
    try {
      parseWithFieldErrors(Form, { name: '', items: [{ title: 'ok' }, { title: '' }] }, 'Not saved');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('BAD_INPUT');
    expect((error as DomainError).message).toBe('Not saved: 2 problems to fix.');
    expect((error as DomainError).details).toEqual({
      fieldErrors: { name: ['Write a name.'], 'items.1.title': ['Give it a title.'] },
    });
  });
});

describe('fieldErrorsOf', () => {
  it('keeps each message once per field', () => {
    const issues = [
      { path: ['a', 0], message: 'One.' },
      { path: ['a', 0], message: 'One.' },
      { path: ['a', 0], message: 'Two.' },
      { path: [], message: 'Whole.' },
    ];
    expect(fieldErrorsOf(issues)).toEqual({ 'a.0': ['One.', 'Two.'], '': ['Whole.'] });
  });
});
