import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { printable } from '../pdf/printable.ts';
import type { CohortSummaryFacts } from './cohort-summary.ts';

const INK = rgb(0.1, 0.14, 0.2);
const MUTED = rgb(0.35, 0.38, 0.45);
const MARGIN = 56;
const STATUS_WORDS = { DRAFT: 'Being set up', ACTIVE: 'Running', CLOSED: 'Closed' } as const;

const day = (date: Date) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
const percent = (part: number, whole: number) => (whole > 0 ? ` (${Math.round((part / whole) * 100)}%)` : '');

/** Wraps text to the page width, word by word. */
function lines(font: PDFFont, text: string, size: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of printable(font, text).split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}

/** One US Letter page: the cohort, then its figures as label/value rows under three headings. */
export async function renderCohortSummary(facts: CohortSummaryFacts): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Cohort summary — ${facts.name}`);
  pdf.setAuthor('Preceptor');
  const page: PDFPage = pdf.addPage([612, 792]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = page.getWidth() - 2 * MARGIN;
  let y = page.getHeight() - MARGIN;
  const write = (text: string, size: number, font: PDFFont, color = INK, gap = 6) => {
    for (const line of lines(font, text, size, width)) {
      y -= size;
      page.drawText(line, { x: MARGIN, y, size, font, color });
      y -= gap;
    }
  };
  const row = (label: string, value: string) => {
    y -= 12;
    page.drawText(printable(regular, label), { x: MARGIN, y, size: 12, font: regular, color: MUTED });
    page.drawText(printable(bold, value), { x: MARGIN + 230, y, size: 12, font: bold, color: INK });
    y -= 8;
  };
  const heading = (text: string) => {
    y -= 14;
    write(text, 14, bold);
    page.drawLine({ start: { x: MARGIN, y: y + 2 }, end: { x: MARGIN + width, y: y + 2 }, color: MUTED });
  };

  write('Cohort summary', 11, regular, MUTED, 4);
  write(facts.name, 24, bold, INK, 8);
  write(`${day(facts.startDate)} to ${day(facts.endDate)} · ${STATUS_WORDS[facts.status]}`, 12, regular);
  write(`Hospitals: ${facts.hospitals.join(', ')}`, 12, regular);
  if (!facts.wholeCohort) {
    write(`Figures count only the people of ${facts.countedHospitals.join(', ')}.`, 11, regular, MUTED);
  }

  heading('People');
  row('Mentors', String(facts.mentors));
  row('Mentees', String(facts.mentees));
  heading('Matches');
  row('Active', String(facts.matches.active));
  row('Ended', String(facts.matches.ended));
  heading('Learning and reflection');
  row('Module assignments', String(facts.modules.assigned));
  row('Completed', `${facts.modules.completed}${percent(facts.modules.completed, facts.modules.assigned)}`);
  row('Overdue', `${facts.modules.overdue}${percent(facts.modules.overdue, facts.modules.assigned)}`);
  row('Reflections shared with a mentor', String(facts.reflections.shared));
  row(
    'Reflections reviewed',
    `${facts.reflections.reviewed}${percent(facts.reflections.reviewed, facts.reflections.shared)}`,
  );

  y = MARGIN;
  page.drawText(
    printable(
      regular,
      `Made by Preceptor on ${day(facts.generatedAt)}. Counts only: no names, no reflection text.`,
    ),
    { x: MARGIN, y, size: 9, font: regular, color: MUTED },
  );
  return pdf.save();
}
