import nodemailer, { type Transporter } from 'nodemailer';

/*
 * Mail is optional: many hospital networks run Preceptor where no mail server is reachable, so
 * staff always see the link and hand it over. With SMTP_URL (and PUBLIC_ORIGIN, to make the link
 * absolute) set, it is emailed as well.
 */

let transport: Transporter | null | undefined;

function mailTransport(): Transporter | null {
  if (transport === undefined) {
    const url = process.env.SMTP_URL?.trim();
    transport = url ? nodemailer.createTransport(url) : null;
  }
  return transport;
}

export async function sendSetupLinkMail(
  person: { email: string; firstName: string },
  link: { path: string; expiresAt: Date },
): Promise<boolean> {
  const mailer = mailTransport();
  const origin = process.env.PUBLIC_ORIGIN?.trim();
  if (!mailer || !origin) return false;
  const url = new URL(link.path, origin).toString();
  try {
    await mailer.sendMail({
      from: process.env.SMTP_FROM?.trim() || `Preceptor <no-reply@${new URL(origin).hostname}>`,
      to: person.email,
      subject: 'Set your Preceptor password',
      text: [
        `Hello ${person.firstName},`,
        '',
        'Your program staff created a Preceptor account for you. Choose your password here:',
        url,
        '',
        `The link works once, until ${link.expiresAt.toUTCString()}.`,
      ].join('\n'),
    });
    return true;
  } catch (error) {
    // The link is still shown to staff, so a mail failure must not undo the person's creation.
    console.error('Could not email the set-password link:', error instanceof Error ? error.message : error);
    return false;
  }
}
