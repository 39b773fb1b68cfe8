import { formatCertificateId } from '@preceptor/domain/modules/certificate-schemas';
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { printable } from '../pdf/printable.ts';
import type { CertificateFacts } from './certificate.ts';

const INK = rgb(0.1, 0.14, 0.2);
const PAGE = { width: 792, height: 612 }; // US Letter, landscape
const MARGIN = 72;
const TEXT_WIDTH = PAGE.width - 2 * MARGIN;
/** The band the objectives may fill; their type shrinks (never below the floor) to fit it. */
const OBJECTIVES_TOP = 352;
const OBJECTIVES_BOTTOM = 150;
const OBJECTIVE_SIZES = [10, 9.5, 9, 8.5, 8, 7.5, 7] as const;

/** Breaks a text into lines no wider than `width`, at spaces (a longer word gets a line of its own). */
function wrapped(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The largest size at which `text` fits on one line of `width`, starting from `size`. */
function fittedSize(font: PDFFont, text: string, size: number, width: number): number {
  const natural = font.widthOfTextAtSize(text, size);
  return natural <= width ? size : Math.max(6, (size * width) / natural);
}

function centred(page: PDFPage, font: PDFFont, text: string, y: number, size: number): void {
  const safe = printable(font, text);
  const fitted = fittedSize(font, safe, size, TEXT_WIDTH);
  const width = font.widthOfTextAtSize(safe, fitted);
  page.drawText(safe, { x: (PAGE.width - width) / 2, y, size: fitted, font, color: INK });
}

/** The objectives as a numbered list, wrapped, at the largest size that fits their band. */
function drawObjectives(page: PDFPage, font: PDFFont, bold: PDFFont, objectives: readonly string[]): void {
  if (objectives.length === 0) return;
  page.drawText('Learning objectives achieved', {
    x: MARGIN,
    y: OBJECTIVES_TOP,
    size: 11,
    font: bold,
    color: INK,
  });
  const indent = 16;
  const layout = (size: number) =>
    objectives.map((objective) => wrapped(font, printable(font, objective), size, TEXT_WIDTH - indent));
  const lineHeight = (size: number) => size * 1.3;
  const heightOf = (size: number) =>
    layout(size).reduce((sum, lines) => sum + lines.length * lineHeight(size) + size * 0.4, 0);
  const space = OBJECTIVES_TOP - 8 - OBJECTIVES_BOTTOM;
  const size =
    OBJECTIVE_SIZES.find((candidate) => heightOf(candidate) <= space) ?? OBJECTIVE_SIZES.at(-1) ?? 7;
  let y = OBJECTIVES_TOP - 8 - lineHeight(size);
  layout(size).forEach((lines, index) => {
    page.drawText(`${index + 1}.`, { x: MARGIN, y, size, font, color: INK });
    for (const line of lines) {
      if (y < OBJECTIVES_BOTTOM - lineHeight(size)) return;
      page.drawText(line, { x: MARGIN + indent, y, size, font, color: INK });
      y -= lineHeight(size);
    }
    y -= size * 0.4;
  });
}

export async function renderCertificate(facts: CertificateFacts): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Certificate of completion — ${facts.moduleTitle}`);
  pdf.setAuthor(facts.programmeName);
  pdf.setSubject(`Certificate ID ${formatCertificateId(facts.certificateId)}`);
  const page = pdf.addPage([PAGE.width, PAGE.height]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  page.drawRectangle({ x: 24, y: 24, width: 744, height: 564, borderColor: INK, borderWidth: 2 });
  centred(page, bold, 'Certificate of completion', 536, 28);
  centred(page, regular, 'This certifies that', 504, 12);
  centred(page, bold, facts.personName, 474, 22);
  centred(page, regular, 'has completed the module', 450, 12);
  centred(page, bold, facts.moduleTitle, 424, 18);
  const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
    facts.completedAt,
  );
  centred(page, regular, `Version ${facts.version} · completed ${date}`, 400, 11);
  centred(page, regular, `Continuing education: ${facts.ceHours.toFixed(2)} contact hours`, 382, 11);
  drawObjectives(page, regular, bold, facts.objectives);
  centred(page, bold, `Issued by ${facts.programmeName}`, 118, 11);
  centred(page, regular, `Certificate ID: ${formatCertificateId(facts.certificateId)}`, 98, 11);
  centred(page, regular, `Verify this certificate at ${facts.verifyUrl}`, 80, 10);
  return pdf.save();
}
