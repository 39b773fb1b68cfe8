import nodemailer from 'nodemailer';
import type { Mailer, ServiceConfig } from '../services/service-context.ts';

/** A mailer over the SMTP server of `smtpUrl` (a nodemailer URL), or null when there is none. */
export function createSmtpMailer(smtpUrl: string | undefined, config: ServiceConfig): Mailer | null {
  if (!smtpUrl) return null;
  const transport = nodemailer.createTransport(pooled(smtpUrl));
  return {
    async send(message) {
      const origin = config.publicOrigin;
      await transport.sendMail({
        from: config.smtpFrom ?? `Preceptor <no-reply@${origin ? new URL(origin).hostname : 'localhost'}>`,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        ...(message.headers ? { headers: message.headers } : {}),
      });
    },
  };
}

/**
 * Keeps SMTP connections open between messages (nodemailer's pool), unless the URL says
 * otherwise: the delivery job sends many emails in a row, and a new connection (and TLS
 * handshake) per email made it several times slower.
 */
function pooled(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  return url.toString();
}
