import {
  Alert,
  Button,
  Checkbox,
  FileInput,
  Group,
  List,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import {
  type CheckedImport,
  checkPeopleCsv,
  IMPORT_COLUMNS,
  type ImportProblem,
} from '@preceptor/domain/people/people-import';
import type { ImportPeopleResult } from '@preceptor/domain/people/person-schemas';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { PageHeader } from '../../components/page-header.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { formatNumber } from '../../lib/format.ts';
import { isAppClientError, useTRPC } from '../../lib/trpc.ts';
import { cohortQuery } from '../cohorts/api.ts';
import { hospitalsQuery } from '../hospitals/api.ts';
import { useImportPeople } from './api.ts';
import classes from './import-preview.module.css';

/** The preview lists this many rows; the check (and the import) always covers the whole file. */
const PREVIEW_ROWS = 200;

function serverProblems(error: unknown): ImportProblem[] {
  if (!isAppClientError(error)) return [];
  const details = error.data?.details as { problems?: ImportProblem[] } | null | undefined;
  return Array.isArray(details?.problems) ? details.problems : [];
}

export function ImportPeoplePage({ cohortId }: { cohortId?: string }) {
  const trpc = useTRPC();
  const hospitals = useQuery(hospitalsQuery(trpc));
  const cohort = useQuery({ ...cohortQuery(trpc, cohortId ?? ''), enabled: !!cohortId });
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [result, setResult] = useState<ImportPeopleResult | null>(null);
  const [movePeople, setMovePeople] = useState(false);
  const [invite, setInvite] = useState(true);
  const importPeople = useImportPeople();
  const refused = serverProblems(importPeople.error);

  const choose = async (next: File | null) => {
    setFile(next);
    setResult(null);
    importPeople.reset();
    if (!next) {
      setCsv(null);
      return;
    }
    setCsv(await next.text());
  };

  // The same check the server runs; the preview only knows the hospitals you administer. It is
  // derived, not stored, so a file chosen before the hospital list arrives is checked again then
  // instead of showing every row's hospital as unknown.
  const checked = useMemo<CheckedImport | null>(() => {
    if (csv === null || !hospitals.data) return null;
    const codes = new Set(hospitals.data.filter((h) => h.active).map((h) => h.code));
    return checkPeopleCsv(csv, { known: codes });
  }, [csv, hospitals.data]);

  const run = async () => {
    if (!csv) return;
    const imported = await importPeople.mutateAsync({ csv, cohortId, movePeople, invite }).catch(() => null);
    if (!imported) return;
    setResult(imported);
  };

  const problems = checked?.problems ?? [];
  const fileWide = problems.filter((p) => p.line === null || p.line === 1);
  const badRows = checked?.rows.filter((row) => row.problems.length > 0) ?? [];
  const shown = [...badRows, ...(checked?.rows.filter((row) => row.problems.length === 0) ?? [])].slice(
    0,
    PREVIEW_ROWS,
  );

  return (
    <Stack gap="lg">
      <PageHeader
        title={cohort.data ? `Import people into ${cohort.data.name}` : 'Import people'}
        description={
          cohortId
            ? 'Creates or updates people (matched by email) and adds everyone with a role to this cohort.'
            : 'Creates or updates people (matched by email) and their profiles.'
        }
      />
      <Text size="sm">
        Columns: <code>{IMPORT_COLUMNS.join(', ')}</code>. <code>hospital</code> is the hospital’s short code,{' '}
        <code>role</code> is mentor or mentee, <code>capacity</code> only for mentors. Nothing is imported
        while any row has a problem. A row naming someone who already has an account updates them only if you
        may change their account (coordinators and admins are changed by a network admin).
      </Text>
      <Checkbox
        label="Move existing people to the hospital their row names"
        description="Unticked, a row that gives an existing person another hospital is refused."
        checked={movePeople}
        onChange={(event) => {
          setMovePeople(event.currentTarget.checked);
          importPeople.reset();
        }}
      />
      <Checkbox
        label="Email an invitation to everyone imported who was never invited"
        description="Each gets a one-time link to choose their password. People who already have one are left out."
        checked={invite}
        onChange={(event) => {
          setInvite(event.currentTarget.checked);
          importPeople.reset();
        }}
      />
      <FileInput
        label="CSV file"
        placeholder="Choose a .csv file"
        accept=".csv,text/csv"
        value={file}
        onChange={(next) => void choose(next)}
        clearable
        clearButtonProps={{ 'aria-label': 'Clear the chosen file' }}
        maw={420}
        disabled={hospitals.isPending}
      />
      {hospitals.isError ? (
        <Alert color="red" title="The file cannot be checked yet">
          <Text size="sm">The list of hospitals did not load: {errorMessage(hospitals.error)}</Text>
        </Alert>
      ) : null}
      {result ? (
        <Alert color="green" title="Import finished">
          <Text size="sm">
            {formatNumber(result.created)} created, {formatNumber(result.updated)} updated,{' '}
            {formatNumber(result.unchanged)} unchanged.
            {cohortId
              ? ` ${formatNumber(result.membershipsAdded)} added to the cohort, ${formatNumber(result.membershipsUpdated)} memberships updated.`
              : ''}
            {result.invited === undefined
              ? ''
              : ` ${formatNumber(result.invited)} ${result.invited === 1 ? 'invitation' : 'invitations'} sent to the outbox.`}
          </Text>
          {cohortId ? (
            <AnchorLink to="/cohorts/$cohortId" params={{ cohortId }} size="sm">
              Back to the cohort
            </AnchorLink>
          ) : (
            <AnchorLink to="/people" size="sm">
              Back to people
            </AnchorLink>
          )}
        </Alert>
      ) : null}
      {importPeople.error ? (
        <Alert color="red" title="Nothing was imported">
          <Text size="sm">{errorMessage(importPeople.error)}</Text>
          {refused.length > 0 ? (
            <List size="sm" mt="xs">
              {refused.slice(0, 50).map((p) => (
                <List.Item key={`${p.line}-${p.message}`}>
                  {p.line === null ? p.message : `Line ${p.line}: ${p.message}`}
                </List.Item>
              ))}
            </List>
          ) : null}
        </Alert>
      ) : null}
      {fileWide.length > 0 ? (
        <Alert color="red" title="This file cannot be imported">
          <List size="sm">
            {fileWide.map((p) => (
              <List.Item key={p.message}>{p.message}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {checked && checked.rows.length > 0 ? (
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" aria-live="polite">
              {formatNumber(checked.rows.length)} rows ·{' '}
              {badRows.length > 0
                ? `${formatNumber(badRows.length)} with problems (listed first)`
                : 'no problems'}
            </Text>
            <Button
              onClick={() => void run()}
              disabled={problems.length > 0 || !!result}
              loading={importPeople.isPending}
            >
              Import {formatNumber(checked.rows.length)} people
            </Button>
          </Group>
          {!cohortId && checked.rows.some((row) => row.values.role !== '') ? (
            <Alert color="blue" title="The role column is not used here">
              Roles belong to a cohort, so this import creates and updates people without them. To make these
              people mentors and mentees, import the same file from the cohort’s Members tab.
            </Alert>
          ) : null}
          <TableScroll minWidth={900} label="Rows of the file">
            <Table striped aria-label="Rows of the file" verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Line</Table.Th>
                  {/* Next to the line number, so a row's problem is read with the row. */}
                  <Table.Th scope="col">Problems</Table.Th>
                  {IMPORT_COLUMNS.map((column) => (
                    <Table.Th key={column} scope="col">
                      {column}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((row) => (
                  <Table.Tr key={row.line}>
                    <Table.Td>{row.line}</Table.Td>
                    <Table.Td miw={220}>
                      {row.problems.length === 0 ? (
                        <Text size="sm">OK</Text>
                      ) : (
                        <Text size="sm" c="red.9">
                          {row.problems.join(' ')}
                        </Text>
                      )}
                    </Table.Td>
                    {IMPORT_COLUMNS.map((column) =>
                      row.badColumns.includes(column) ? (
                        <Table.Td key={column} className={classes.badCell}>
                          {row.values[column] || (
                            <Text span size="sm" fs="italic">
                              empty
                            </Text>
                          )}
                          <VisuallyHidden> (has a problem)</VisuallyHidden>
                        </Table.Td>
                      ) : (
                        <Table.Td key={column}>{row.values[column]}</Table.Td>
                      ),
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          {checked.rows.length > shown.length ? (
            <Text size="sm" c="dimmed">
              Showing {PREVIEW_ROWS} of {formatNumber(checked.rows.length)} rows.
            </Text>
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
}
