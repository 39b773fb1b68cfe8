import type { PDFFont } from 'pdf-lib';

/** Letters of European names that Unicode does not decompose into a base letter and a mark. */
const UNDECOMPOSABLE: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i' };

/**
 * The standard PDF fonts cover WinAnsi (about Latin-1) only: a character they lack is decomposed
 * and stripped of its accents (Ș → S), and only what still cannot be printed becomes "?".
 */
export function printable(font: PDFFont, text: string): string {
  const encodable = (char: string) => {
    try {
      font.encodeText(char);
      return true;
    } catch {
      return false;
    }
  };
  return [...text.normalize('NFC')]
    .map((char) => {
      if (encodable(char)) return char;
      const plain = [...(UNDECOMPOSABLE[char] ?? char.normalize('NFKD').replace(/\p{M}/gu, ''))];
      return plain.length > 0 && plain.every(encodable) ? plain.join('') : '?';
    })
    .join('');
}
