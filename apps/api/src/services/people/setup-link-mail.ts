import nodemailer, { type Transporter } from 'nodemailer';

/*
 * Mail is optional: many hospital networks run Preceptor where no mail server is reachable, so
 * staff may hand a newcomer their first link. With SMTP_URL (and PUBLIC_ORIGIN, to make the link
 * absolute) set, links are emailed to the person instead, and resets for people who already
 * have a password travel only this way.
 */

let transport: Transporter | null | undefined;

function mailTransport(): Transporter | null {
  if (transport === undefined) {
    const url = process.env.SMTP_URL?.trim();
    transport = url ? nodemailer.createTransport(url) : null;
  }
  return transport;
}

/** True when links can be emailed: a mail server and the portal's public address are configured. */
export function canEmailLinks(): boolean {
  return mailTransport() !== null && Boolean(process.env.PUBLIC_ORIGIN?.trim());
}

const WORDING = {
  invitation: {
    subject: 'Set your Preceptor password',
    lead: 'Your program staff created a Preceptor account for you. Choose your password here:',
  },
  reset: {
    subject: 'Reset your Preceptor password',
    lead:
      'Your program staff sent you a link to choose a new Preceptor password. Your current ' +
      'password keeps working until you use it; if you did not ask for this, ignore this email.',
  },
} as const;

export async function sendSetupLinkMail(
  person: { email: string; firstName: string },
  link: { path: string; expiresAt: Date },
  purpose: keyof typeof WORDING,
): Promise<boolean> {
  const mailer = mailTransport();
  const origin = process.env.PUBLIC_ORIGIN?.trim();
  if (!mailer || !origin) return false;
  const url = new URL(link.path, origin).toString();
  try {
    await mailer.sendMail({
      from: process.env.SMTP_FROM?.trim() || `Preceptor <no-reply@${new URL(origin).hostname}>`,
      to: person.email,
      subject: WORDING[purpose].subject,
      text: [
        `Hello ${person.firstName},`,
        '',
        WORDING[purpose].lead,
        url,
        '',
        `The link works once, until ${link.expiresAt.toUTCString()}.`,
      ].join('\n'),
    });
    return true;
  } catch (error) {
    // The caller decides what a failed send means: a newcomer's link is handed over instead.
    console.error('Could not email the set-password link:', error instanceof Error ? error.message : error);
    return false;
  }
}
