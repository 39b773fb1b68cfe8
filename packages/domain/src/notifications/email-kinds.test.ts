import { describe, expect, it } from 'vitest';
import { deliveryFor, EMAIL_KIND_RULES, EmailKind } from './email-kinds.ts';

describe('deliveryFor', () => {
  it('sends account mail by email whatever the person chose', () => {
    expect(deliveryFor('account.invitation', 'in_app')).toBe('email');
    expect(deliveryFor('account.password_reset', 'digest')).toBe('email');
  });

  it('follows the person’s choice for adjustable kinds, else the kind’s default', () => {
    expect(deliveryFor('reminder.module_due', 'in_app')).toBe('in_app');
    expect(deliveryFor('reminder.module_due', null)).toBe('email');
    expect(deliveryFor('reminder.review_escalation', null)).toBe('digest');
  });

  it('has a rule with a label for every kind', () => {
    for (const kind of EmailKind.options) expect(EMAIL_KIND_RULES[kind].label.length).toBeGreaterThan(3);
  });
});
