import { DEMO_STAFF } from './network.ts';
import { demoPeople } from './people.ts';

/**
 * Every email the demo seed creates an account for. All of them get the published demo
 * password, so a real deployment must not start while any of them still has it.
 */
export function demoAccountEmails(): string[] {
  return [...DEMO_STAFF.map((staff) => staff.email), ...demoPeople().map((person) => person.email)];
}
