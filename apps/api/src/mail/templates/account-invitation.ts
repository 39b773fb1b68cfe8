import { defineEmailTemplate } from './email-template.ts';

export interface AccountInvitationData {
  /** Absolute set-password link; single-use. */
  link: string;
  /** When the link stops working, in words (UTC). */
  expiresAt: string;
  /** Who invited them, e.g. "Dana Whitfield (programme coordinator)"; null when unknown. */
  invitedBy: string | null;
}

export const accountInvitation = defineEmailTemplate<AccountInvitationData>({
  name: 'account-invitation',
  subject: () => 'You are invited to Preceptor',
  text: `<% if (it.invitedBy) { %><%= it.invitedBy %> invited you<% } else { %>You are invited<% } %> to Preceptor, where your mentoring programme runs: modules, your reflection journal and your mentor.

Choose your password here:
<%= it.link %>

The link works once, until <%= it.expiresAt %>.`,
  html: `<p><% if (it.invitedBy) { %><%= it.invitedBy %> invited you<% } else { %>You are invited<% } %> to Preceptor, where your mentoring programme runs: modules, your reflection journal and your mentor.</p>
<p><a href="<%= it.link %>" style="display:inline-block;background:#1c64c8;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none;">Choose your password</a></p>
<p style="font-size:14px;">Or open this address: <%= it.link %><br>The link works once, until <%= it.expiresAt %>.</p>`,
});
