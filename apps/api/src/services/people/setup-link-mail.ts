import type { ServiceContext } from '../service-context.ts';

/*
 * Mail is optional: many hospital networks run Preceptor where no mail server is reachable, so
 * staff may hand a newcomer their first link. With SMTP_URL (and PUBLIC_ORIGIN, to make the link
 * absolute) set, links are emailed to the person instead, and resets for people who already
 * have a password travel only this way.
 */

type MailContext = Pick<ServiceContext, 'mailer' | 'config'>;

/** True when links can be emailed: a mail server and the portal's public address are configured. */
export function canEmailLinks(ctx: MailContext): boolean {
  return ctx.mailer !== null && ctx.config.publicOrigin !== null;
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
  ctx: MailContext,
  person: { email: string; firstName: string },
  link: { path: string; expiresAt: Date },
  purpose: keyof typeof WORDING,
): Promise<boolean> {
  const { mailer } = ctx;
  const origin = ctx.config.publicOrigin;
  if (!mailer || !origin) return false;
  const url = new URL(link.path, origin).toString();
  try {
    await mailer.send({
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
