import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, toCsv } from './csv.ts';

describe('neutraliseCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Click")'],
    ['+1+2'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\tcmd'],
    ['\rcmd'],
    ['  =1+1'],
    ['＝1+1'],
    ["=cmd|' /C calc'!A0\nsecond line"],
  ])('prefixes a quote to %j', (text) => {
    expect(neutraliseCell(text)).toBe(`'${text}`);
  });

  it.each([['Ana Diaz'], ['ana@example.org'], ['3 = three'], ["O'Brien"], ['']])(
    'leaves %j alone',
    (text) => {
      expect(neutraliseCell(text)).toBe(text);
    },
  );
});

describe('toCsv', () => {
  const table = {
    columns: [
      { key: 'name', label: 'Name' },
      { key: 'count', label: 'Count' },
      { key: 'when', label: 'When' },
      { key: 'active', label: 'Active' },
    ],
    rows: [
      {
        name: '=HYPERLINK("http://evil.example")',
        count: -3,
        when: new Date('2026-03-04T05:06:07Z'),
        active: true,
      },
      { name: 'Chloé "CJ" Martin, RN\nline two', count: 0, when: null, active: false },
    ],
  };

  it('writes a header line, CRLF line ends and a byte-order mark', () => {
    const csv = toCsv(table);
    expect(csv.startsWith('\uFEFFName,Count,When,Active\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('round-trips through a CSV parser with formulas neutralised and numbers kept', () => {
    const parsed = Papa.parse<string[]>(toCsv(table).slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ['Name', 'Count', 'When', 'Active'],
      ['\'=HYPERLINK("http://evil.example")', '-3', '2026-03-04T05:06:07.000Z', 'true'],
      ['Chloé "CJ" Martin, RN\nline two', '0', '', 'false'],
    ]);
  });

  it('writes only the header for an empty list', () => {
    expect(toCsv({ columns: table.columns, rows: [] })).toBe('\uFEFFName,Count,When,Active\r\n');
  });
});
