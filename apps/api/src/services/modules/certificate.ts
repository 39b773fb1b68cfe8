import { DomainError } from '@preceptor/domain/errors';
import type { PDFFont } from 'pdf-lib';
import type { ActorContext } from '../service-context.ts';

export interface CertificateFacts {
  readonly personName: string;
  readonly moduleTitle: string;
  readonly version: number;
  readonly completedAt: Date;
  readonly ceHours: number;
}

/**
 * The facts for a completion certificate, only for the person who completed the module. Anyone
 * else (and an unfinished module) gets NOT_FOUND: a certificate is nobody else's business.
 */
export async function certificateFacts(
  ctx: ActorContext,
  input: { moduleId: string },
): Promise<CertificateFacts> {
  const { db } = ctx;
  const userId = ctx.actor.userId;
  const { moduleId } = input;
  const progress = await db.moduleProgress.findUnique({
    where: { userId_moduleId: { userId, moduleId } },
    select: {
      status: true,
      completedAt: true,
      user: { select: { firstName: true, lastName: true } },
      version: { select: { title: true, version: true, ceHours: true } },
    },
  });
  if (progress?.status !== 'COMPLETED' || !progress.completedAt) {
    throw new DomainError('NOT_FOUND', 'There is no certificate for this module yet: complete it first.');
  }
  return {
    personName: `${progress.user.firstName} ${progress.user.lastName}`,
    moduleTitle: progress.version.title,
    version: progress.version.version,
    completedAt: progress.completedAt,
    ceHours: progress.version.ceHours.toNumber(),
  };
}

/** The standard PDF fonts cover Latin-1 only; decompose accents and mark anything else. */
function printable(font: PDFFont, text: string): string {
  return [...text.normalize('NFKD').replace(/\p{M}/gu, '')]
    .map((char) => {
      try {
        font.encodeText(char);
        return char;
      } catch {
        return '?';
      }
    })
    .join('');
}

export async function renderCertificate(facts: CertificateFacts): Promise<Uint8Array> {
  // Loaded on the first certificate, not at start-up: pdf-lib alone took about a second of every
  // server start.
  const { PDFDocument, rgb, StandardFonts } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Certificate of completion — ${facts.moduleTitle}`);
  pdf.setAuthor('Preceptor');
  const page = pdf.addPage([792, 612]); // US Letter, landscape
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const ink = rgb(0.1, 0.14, 0.2);
  const centred = (text: string, y: number, size: number, font: PDFFont) => {
    const safe = printable(font, text);
    const width = font.widthOfTextAtSize(safe, size);
    page.drawText(safe, { x: (page.getWidth() - width) / 2, y, size, font, color: ink });
  };
  page.drawRectangle({ x: 24, y: 24, width: 744, height: 564, borderColor: ink, borderWidth: 2 });
  centred('Certificate of completion', 480, 30, bold);
  centred('This certifies that', 420, 14, regular);
  centred(facts.personName, 380, 26, bold);
  centred('has completed the module', 340, 14, regular);
  centred(facts.moduleTitle, 300, 20, bold);
  centred(`Version ${facts.version}`, 272, 12, regular);
  const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
    facts.completedAt,
  );
  centred(`Completed ${date}`, 220, 14, regular);
  centred(`Continuing education: ${facts.ceHours.toFixed(2)} hours`, 192, 14, regular);
  centred('Preceptor — clinical ethics and professionalism mentorship', 80, 10, regular);
  return pdf.save();
}
