import { z } from 'zod';

/**
 * A certificate id: 24 characters of RFC 4648 base32 (A–Z, 2–7), 120 random bits. Printed in
 * groups of four so a person can read it out or type it from paper; the groups' hyphens, spaces
 * and letter case are ignored when it is typed back.
 */
export const CERTIFICATE_ID_LENGTH = 24;
const CANONICAL = /^[A-Z2-7]{24}$/;

/** The id as stored and as it appears in the verification URL, from however it was typed. */
export function normalizeCertificateId(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

/** `ABCD-EFGH-…`: the id as printed on the certificate and shown on the verification page. */
export function formatCertificateId(id: string): string {
  return (normalizeCertificateId(id).match(/.{1,4}/g) ?? []).join('-');
}

export const CertificateId = z
  .string()
  .max(64, 'That is not a certificate ID.')
  .transform(normalizeCertificateId)
  .refine((id) => CANONICAL.test(id), 'That is not a certificate ID.');

export const VerifyCertificateInput = z.object({ certificateId: CertificateId });
export type VerifyCertificateInput = z.infer<typeof VerifyCertificateInput>;

/**
 * What anyone holding the id may learn, and nothing more: no email, hospital, cohort or score.
 * An unknown (or no longer standing) id is NOT_FOUND, so there is only one kind of answer here.
 */
export const CertificateVerification = z.object({
  certificateId: z.string(),
  personName: z.string(),
  moduleTitle: z.string(),
  /** The calendar day of completion, YYYY-MM-DD (UTC). */
  completedOn: z.iso.date(),
  status: z.literal('valid'),
});
export type CertificateVerification = z.infer<typeof CertificateVerification>;
