import { defineEmailTemplate } from './email-template.ts';

export interface PasswordResetData {
  /** Absolute set-password link; single-use. */
  link: string;
  /** When the link stops working, in words (UTC). */
  expiresAt: string;
}

/** A reset link for someone who has a password: it goes to them by email and to nobody else. */
export const passwordReset = defineEmailTemplate<PasswordResetData>({
  name: 'password-reset',
  subject: () => 'Reset your Preceptor password',
  text: `Your programme staff sent you a link to choose a new Preceptor password. Your current password keeps working until you use it; if you did not ask for this, ignore this email.

Choose your new password here:
<%= it.link %>

The link works once, until <%= it.expiresAt %>.`,
  html: `<p>Your programme staff sent you a link to choose a new Preceptor password. Your current password keeps working until you use it; if you did not ask for this, ignore this email.</p>
<p><a href="<%= it.link %>" style="display:inline-block;background:#1c64c8;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none;">Choose a new password</a></p>
<p style="font-size:14px;">Or open this address: <%= it.link %><br>The link works once, until <%= it.expiresAt %>.</p>`,
});
