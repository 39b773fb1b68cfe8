import { ADMINISTRATION_ROWS } from './administration-rows.ts';
import { AUTH_ROWS } from './auth-rows.ts';
import { EMAIL_ROWS } from './email-rows.ts';
import { MATCHING_ROWS } from './matching-rows.ts';
import { MODULE_ROWS } from './module-rows.ts';
import type { AreaRows, PolicyRow } from './policy-row.ts';
import { PROGRAMME_ROWS } from './programme-rows.ts';
import { REFLECTION_ROWS } from './reflection-rows.ts';
import { REPORT_ROWS } from './report-rows.ts';

export type { Fixture, PolicyRow } from './policy-row.ts';

/**
 * Every procedure of the app router, with the actors allowed to call it, one file of rows per
 * area. The harness fails when a procedure exists that this table does not list: add your row
 * to your area's file with your procedure.
 */
export const AUTHORIZATION_TABLE: Record<string, PolicyRow> = joinAreas([
  AUTH_ROWS,
  ADMINISTRATION_ROWS,
  EMAIL_ROWS,
  MATCHING_ROWS,
  MODULE_ROWS,
  REFLECTION_ROWS,
  PROGRAMME_ROWS,
  REPORT_ROWS,
]);

/** A spread would let one area's row silently replace another's for the same procedure. */
function joinAreas(areas: readonly AreaRows[]): Record<string, PolicyRow> {
  const table: Record<string, PolicyRow> = {};
  for (const area of areas) {
    for (const [procedure, row] of Object.entries(area)) {
      if (!row) continue;
      if (procedure in table) throw new Error(`${procedure} has two rows in the authorization table.`);
      table[procedure] = row;
    }
  }
  return table;
}
