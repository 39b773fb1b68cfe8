import Papa from 'papaparse';
import { z } from 'zod';
import { PROFESSION_LABELS, Profession } from './people-schemas.ts';

/*
 * The people CSV: parsed and checked here, the same code in the portal's preview and on the
 * server, so the preview names exactly the problems the import would refuse. The whole file is
 * checked before anything is written: one bad row and nothing is imported.
 */

export const IMPORT_COLUMNS = [
  'email',
  'first_name',
  'last_name',
  'hospital',
  'role',
  'profession',
  'specialty',
  'years_experience',
  'capacity',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

const REQUIRED_COLUMNS: readonly ImportColumn[] = ['email', 'first_name', 'last_name', 'hospital'];

/** Enough for a whole hospital network; a bigger file is almost surely the wrong file. */
export const MAX_IMPORT_ROWS = 20_000;

/** A mentor named without a capacity takes one mentee. */
export const DEFAULT_MENTOR_CAPACITY = 1;

export const ImportPersonRow = z.object({
  line: z.number().int(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  hospitalCode: z.string(),
  role: z.enum(['MENTOR', 'MENTEE']).nullable(),
  profession: Profession.nullable(),
  specialty: z.string().nullable(),
  yearsExperience: z.number().int().nullable(),
  capacity: z.number().int().nullable(),
});
export type ImportPersonRow = z.infer<typeof ImportPersonRow>;

export const ImportProblem = z.object({
  /** Line in the file (the header is line 1); null for a problem with the whole file. */
  line: z.number().int().nullable(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

export interface CheckedImportRow {
  line: number;
  /** The row as written, keyed by column, for the preview table. */
  values: Record<ImportColumn, string>;
  person: ImportPersonRow | null;
  problems: string[];
  /** The cells the problems are about, so a preview can mark them. */
  badColumns: ImportColumn[];
}

export interface CheckedImport {
  rows: CheckedImportRow[];
  /** Every problem, file-wide ones first, then by line: what the import refuses with. */
  problems: ImportProblem[];
  /** The people to import; empty unless the whole file is clean. */
  people: ImportPersonRow[];
}

export interface ImportHospitals {
  /** Short codes of every partner hospital, upper-case. */
  known: ReadonlySet<string>;
  /** Codes the importer administers (a coordinator's hospitals); all known ones when absent. */
  allowed?: ReadonlySet<string>;
}

const EMAIL = z.string().email();
const PROFESSION_BY_WORD = new Map<string, Profession>(
  Profession.options.flatMap((value) => [
    [value.toLowerCase(), value],
    [PROFESSION_LABELS[value].toLowerCase(), value],
  ]),
);

/** Parses CSV text into header + records, keeping each record's line number in the file. */
export function parseCsv(text: string): { header: string[]; records: { line: number; cells: string[] }[] } {
  const source = text.replace(/^\uFEFF/, '');
  const records: { line: number; cells: string[] }[] = [];
  let header: string[] | null = null;
  let cursor = 0;
  let line = 1;
  Papa.parse<string[]>(source, {
    skipEmptyLines: false,
    step: (result) => {
      // The cursor is where the next row starts, so a row's line counts the line breaks before it.
      const startLine = line;
      const end = result.meta.cursor;
      for (let i = cursor; i < end; i++) if (source.charCodeAt(i) === 10) line++;
      cursor = end;
      const cells = result.data.map((cell) => cell.trim());
      if (cells.every((cell) => cell === '')) return;
      if (header === null) header = cells.map((cell) => cell.toLowerCase());
      else records.push({ line: startLine, cells });
    },
  });
  return { header: header ?? [], records };
}

/** Checks a people CSV against the partner hospitals; see IMPORT_COLUMNS for its columns. */
export function checkPeopleCsv(text: string, hospitals: ImportHospitals): CheckedImport {
  const { header, records } = parseCsv(text);
  return checkPeopleRecords(header, records, hospitals);
}

function checkPeopleRecords(
  header: readonly string[],
  records: readonly { line: number; cells: readonly string[] }[],
  hospitals: ImportHospitals,
): CheckedImport {
  const fileProblems = headerProblems(header, records.length);
  if (fileProblems.length > 0) return { rows: [], problems: fileProblems, people: [] };

  const index = new Map(header.map((name, i) => [name, i]));
  const firstLineOfEmail = new Map<string, number>();
  const rows = records.map(({ line, cells }) => {
    const values = Object.fromEntries(
      IMPORT_COLUMNS.map((column) => {
        const at = index.get(column);
        return [column, at === undefined ? '' : (cells[at] ?? '')];
      }),
    ) as Record<ImportColumn, string>;
    const checked = checkRow(line, values, hospitals);
    const email = values.email.toLowerCase();
    const earlier = firstLineOfEmail.get(email);
    if (email && earlier !== undefined) {
      checked.problems.push(`${email} is already on line ${earlier}: each person appears once.`);
      if (!checked.badColumns.includes('email')) checked.badColumns.push('email');
      checked.person = null;
    } else if (email) {
      firstLineOfEmail.set(email, line);
    }
    return checked;
  });
  const problems = rows.flatMap((row) => row.problems.map((message) => ({ line: row.line, message })));
  return {
    rows,
    problems,
    people: problems.length === 0 ? rows.flatMap((row) => (row.person ? [row.person] : [])) : [],
  };
}

function headerProblems(header: readonly string[], recordCount: number): ImportProblem[] {
  if (header.length === 0) return [{ line: null, message: 'The file is empty.' }];
  const problems: ImportProblem[] = [];
  const missing = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    problems.push({ line: 1, message: `The header lacks the column(s) ${missing.join(', ')}.` });
  }
  const unknown = header.filter((name) => !(IMPORT_COLUMNS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    problems.push({
      line: 1,
      message: `Unknown column(s) ${unknown.map((name) => `"${name}"`).join(', ')}; the columns are ${IMPORT_COLUMNS.join(', ')}.`,
    });
  }
  const repeated = header.filter((name, i) => name !== '' && header.indexOf(name) !== i);
  if (repeated.length > 0)
    problems.push({ line: 1, message: `Column(s) ${repeated.join(', ')} appear twice.` });
  if (problems.length === 0 && recordCount === 0) {
    problems.push({ line: null, message: 'The file has a header but no people.' });
  }
  if (recordCount > MAX_IMPORT_ROWS) {
    problems.push({
      line: null,
      message: `The file has ${recordCount} rows; import at most ${MAX_IMPORT_ROWS} at a time.`,
    });
  }
  return problems;
}

function checkRow(line: number, values: Record<ImportColumn, string>, hospitals: ImportHospitals) {
  const problems: string[] = [];
  const badColumns = new Set<ImportColumn>();
  const flag = (column: ImportColumn, message: string) => {
    problems.push(message);
    badColumns.add(column);
  };
  const email = values.email.toLowerCase();
  if (!email) flag('email', 'email is empty.');
  else if (email.length > 254 || !EMAIL.safeParse(email).success) {
    flag('email', `"${values.email}" is not an email address.`);
  }
  for (const column of ['first_name', 'last_name'] as const) {
    if (!values[column]) flag(column, `${column} is empty.`);
    else if (values[column].length > 100) flag(column, `${column} is longer than 100 characters.`);
  }

  const hospitalCode = values.hospital.toUpperCase();
  if (!hospitalCode) flag('hospital', 'hospital is empty: give the hospital’s short code.');
  else if (!hospitals.known.has(hospitalCode)) {
    flag('hospital', `"${values.hospital}" is not a partner hospital’s short code.`);
  } else if (hospitals.allowed && !hospitals.allowed.has(hospitalCode)) {
    flag('hospital', `You do not coordinate ${hospitalCode}, so you cannot import its people.`);
  }

  const roleWord = values.role.toLowerCase();
  const role = roleWord === 'mentor' ? 'MENTOR' : roleWord === 'mentee' ? 'MENTEE' : null;
  if (roleWord && !role) flag('role', `role "${values.role}" is neither mentor nor mentee.`);

  let profession: Profession | null = null;
  if (values.profession) {
    profession = PROFESSION_BY_WORD.get(values.profession.toLowerCase()) ?? null;
    if (!profession) {
      flag(
        'profession',
        `profession "${values.profession}" is not one of ${Object.values(PROFESSION_LABELS).join(', ')}.`,
      );
    }
  }
  if (values.specialty.length > 100) flag('specialty', 'specialty is longer than 100 characters.');

  const yearsExperience = wholeNumber(values, 'years_experience', 0, 60, flag);
  const capacity = wholeNumber(values, 'capacity', 1, 20, flag);
  if (capacity !== null && role !== 'MENTOR' && !badColumns.has('role')) {
    flag('capacity', 'capacity is only for mentors: leave it empty for mentees and people without a role.');
  }

  const person: ImportPersonRow | null =
    problems.length > 0
      ? null
      : {
          line,
          email,
          firstName: values.first_name,
          lastName: values.last_name,
          hospitalCode,
          role,
          profession,
          specialty: values.specialty || null,
          yearsExperience,
          capacity: role === 'MENTOR' ? (capacity ?? DEFAULT_MENTOR_CAPACITY) : null,
        };
  return { line, values, person, problems, badColumns: [...badColumns] } satisfies CheckedImportRow;
}

function wholeNumber(
  values: Record<ImportColumn, string>,
  column: 'years_experience' | 'capacity',
  min: number,
  max: number,
  flag: (column: ImportColumn, message: string) => void,
) {
  const raw = values[column];
  if (raw === '') return null;
  if (!/^\d+$/.test(raw)) {
    flag(column, `${column} "${raw}" is not a whole number.`);
    return null;
  }
  const value = Number(raw);
  if (value < min || value > max) {
    flag(column, `${column} ${value} is outside ${min}–${max}.`);
    return null;
  }
  return value;
}
