import type { PDFFont } from 'pdf-lib';

/** The standard PDF fonts cover Latin-1 only; decompose accents and mark anything else. */
export function printable(font: PDFFont, text: string): string {
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
