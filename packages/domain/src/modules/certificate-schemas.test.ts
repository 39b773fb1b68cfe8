import { describe, expect, it } from 'vitest';
import { CertificateId, formatCertificateId, normalizeCertificateId } from './certificate-schemas.ts';

const ID = 'ABCDEFGHIJKLMNOPQRSTUVWX'.replace(/[01]/g, '2');

describe('certificate ids', () => {
  it('prints in groups of four and reads back however it was typed', () => {
    const printed = formatCertificateId(ID);
    expect(printed).toBe('ABCD-EFGH-IJKL-MNOP-QRST-UVWX');
    expect(normalizeCertificateId(printed)).toBe(ID);
    expect(CertificateId.parse(` ${printed.toLowerCase().replaceAll('-', ' ')} `)).toBe(ID);
  });

  it('refuses what cannot be an id, with one sentence', () => {
    for (const typed of ['', 'ABCD', `${ID}A`, ID.replace('A', '0'), ID.replace('B', '/'), 'x'.repeat(65)]) {
      const parsed = CertificateId.safeParse(typed);
      expect(parsed.success, typed).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('That is not a certificate ID.');
    }
  });
});
