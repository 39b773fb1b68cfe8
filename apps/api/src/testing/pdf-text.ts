import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFRawStream } from 'pdf-lib';

/** WinAnsi is Latin-1 except for 0x80–0x9F, which hold typographic marks; these are the ones used. */
const WIN_ANSI_EXTRA: Record<number, string> = {
  128: '€',
  133: '…',
  145: '‘',
  146: '’',
  147: '“',
  148: '”',
  149: '•',
  150: '–',
  151: '—',
  153: '™',
};

function winAnsi(bytes: Buffer): string {
  return [...bytes].map((byte) => WIN_ANSI_EXTRA[byte] ?? String.fromCharCode(byte)).join('');
}

/**
 * The text drawn on a PDF made by pdf-lib, one string per text-showing operator, in drawing
 * order. pdf-lib writes standard-font text as hex strings (`<48656C6C6F> Tj`) in Flate-compressed
 * content streams; this reads exactly that, enough for tests to check what a certificate says.
 */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  const shown: string[] = [];
  for (const page of pdf.getPages()) {
    const contents = page.node.Contents();
    const streams =
      contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
    for (const stream of streams) {
      if (!(stream instanceof PDFRawStream)) continue;
      const operators = inflateSync(stream.getContents()).toString('latin1');
      for (const match of operators.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
        shown.push(winAnsi(Buffer.from(match[1] ?? '', 'hex')));
      }
    }
  }
  return shown;
}
