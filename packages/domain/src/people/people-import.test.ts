import { describe, expect, it } from 'vitest';
import { checkPeopleCsv, parseCsv } from './people-import.ts';

const HOSPITALS = { known: new Set(['SMH', 'LUH', 'PCH']) };
const HEADER = 'email,first_name,last_name,hospital,role,profession,specialty,years_experience,capacity';

describe('checkPeopleCsv', () => {
  it('turns a clean file into people, normalising email, code, role and profession', () => {
    const csv = `${HEADER}\nAna.Ruiz@Example.org, Ana ,Ruiz,smh,Mentor,Perfusion,Pediatric,12,3\nbo@example.org,Bo,Li,LUH,mentee,NURSING,,2,\n`;
    const checked = checkPeopleCsv(csv, HOSPITALS);
    expect(checked.problems).toEqual([]);
    expect(checked.people).toEqual([
      {
        line: 2,
        email: 'ana.ruiz@example.org',
        firstName: 'Ana',
        lastName: 'Ruiz',
        hospitalCode: 'SMH',
        role: 'MENTOR',
        profession: 'PERFUSION',
        specialty: 'Pediatric',
        yearsExperience: 12,
        capacity: 3,
      },
      {
        line: 3,
        email: 'bo@example.org',
        firstName: 'Bo',
        lastName: 'Li',
        hospitalCode: 'LUH',
        role: 'MENTEE',
        profession: 'NURSING',
        specialty: null,
        yearsExperience: 2,
        capacity: null,
      },
    ]);
  });

  it('names every bad row by line and reason and imports nobody', () => {
    const csv = [
      HEADER,
      'good@example.org,Good,Row,SMH,mentee,,,,',
      'not-an-email,A,B,SMH,,,,,',
      'c@example.org,C,D,XYZ,,,,,',
      'd@example.org,D,E,SMH,boss,,,,',
      'good@example.org,Again,Row,SMH,,,,,',
      'e@example.org,E,F,SMH,mentor,,,ten,2.5',
      'f@example.org,F,G,SMH,mentee,,,,2',
    ].join('\n');
    const checked = checkPeopleCsv(csv, HOSPITALS);
    expect(checked.people).toEqual([]);
    expect(checked.problems).toEqual([
      { line: 3, message: '"not-an-email" is not an email address.' },
      { line: 4, message: '"XYZ" is not a partner hospital’s short code.' },
      { line: 5, message: 'role "boss" is neither mentor nor mentee.' },
      { line: 6, message: 'good@example.org is already on line 2: each person appears once.' },
      { line: 7, message: 'years_experience "ten" is not a whole number.' },
      { line: 7, message: 'capacity "2.5" is not a whole number.' },
      {
        line: 8,
        message: 'capacity is only for mentors: leave it empty for mentees and people without a role.',
      },
    ]);
    expect(checked.rows.find((row) => row.line === 2)?.problems).toEqual([]);
    // Each problem names the cell it is about, for the preview to mark.
    expect(checked.rows.map((row) => [row.line, row.badColumns])).toEqual([
      [2, []],
      [3, ['email']],
      [4, ['hospital']],
      [5, ['role']],
      [6, ['email']],
      [7, ['years_experience', 'capacity']],
      [8, ['capacity']],
    ]);
  });

  it('refuses hospitals the importer does not coordinate', () => {
    const csv = `${HEADER}\na@example.org,A,B,PCH,,,,,`;
    const checked = checkPeopleCsv(csv, { ...HOSPITALS, allowed: new Set(['SMH']) });
    expect(checked.problems).toEqual([
      { line: 2, message: 'You do not coordinate PCH, so you cannot import its people.' },
    ]);
  });

  it('reports a missing or unknown column once, for the header', () => {
    const checked = checkPeopleCsv('email,first_name,hospital,capcity\na@example.org,A,SMH,1', HOSPITALS);
    expect(checked.problems).toEqual([
      { line: 1, message: 'The header lacks the column(s) last_name.' },
      {
        line: 1,
        message: `Unknown column(s) "capcity"; the columns are ${HEADER.replaceAll(',', ', ')}.`,
      },
    ]);
  });

  it('reports an empty file and a header without people', () => {
    expect(checkPeopleCsv('', HOSPITALS).problems).toEqual([{ line: null, message: 'The file is empty.' }]);
    expect(checkPeopleCsv(`${HEADER}\n\n`, HOSPITALS).problems).toEqual([
      { line: null, message: 'The file has a header but no people.' },
    ]);
  });

  it('accepts a file with only the required columns', () => {
    const checked = checkPeopleCsv(
      'last_name,first_name,email,hospital\nLi,Bo,bo@example.org,SMH',
      HOSPITALS,
    );
    expect(checked.people[0]).toMatchObject({ email: 'bo@example.org', role: null, profession: null });
  });
});

describe('parseCsv', () => {
  it('keeps file line numbers across blank lines, CRLF and quoted line breaks', () => {
    const parsed = parseCsv('\uFEFFa,b\r\n1,2\r\n\r\n"x\r\ny",3\r\n4,5\r\n');
    expect(parsed.header).toEqual(['a', 'b']);
    expect(parsed.records.map((r) => r.line)).toEqual([2, 4, 6]);
    expect(parsed.records[1]?.cells).toEqual(['x\r\ny', '3']);
  });
});
