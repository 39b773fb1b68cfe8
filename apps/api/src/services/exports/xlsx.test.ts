import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toXlsx } from './xlsx.ts';

const FORMULA = '=HYPERLINK("http://evil.example","Open")';

describe('toXlsx', () => {
  it('writes formula-like text as a text cell, and keeps numbers, booleans and dates typed', async () => {
    const file = await toXlsx(
      {
        columns: [
          { key: 'name', label: 'Name' },
          { key: 'count', label: 'Count' },
          { key: 'active', label: 'Active' },
          { key: 'when', label: 'When' },
          { key: 'empty', label: 'Empty' },
          { key: 'xml', label: 'Markup' },
        ],
        rows: [
          {
            name: FORMULA,
            count: -3,
            active: true,
            when: new Date('2026-03-04T05:06:07Z'),
            empty: null,
            xml: 'Ortiz & Sons <RN>',
          },
        ],
      },
      'People: all / some?',
    );
    const parts = unzipSync(new Uint8Array(file));
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    const strings = strFromU8(parts['xl/sharedStrings.xml'] ?? new Uint8Array());
    const workbook = strFromU8(parts['xl/workbook.xml'] ?? new Uint8Array());
    expect(sheet).not.toContain('<f>');
    expect(sheet).toMatch(/<c r="A2"[^>]* t="s"/);
    expect(strings).toContain('<t>=HYPERLINK("http://evil.example","Open")</t>');
    expect(strings).toContain('<t>Ortiz &amp; Sons &lt;RN&gt;</t>');
    expect(sheet).toMatch(/<c r="B2"[^>]*><v>-3<\/v>/);
    expect(sheet).toMatch(/<c r="C2"[^>]* t="b"/);
    expect(workbook).toContain('name="People  all   some "');
  });
});
