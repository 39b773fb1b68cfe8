/*
 * The frame around every email: a greeting, the body, and a footer saying why it came and where
 * to change that. Plain inline styles only, because mail clients drop stylesheets.
 */
export const LAYOUT_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title><%= it.subject %></title></head>
<body style="margin:0;padding:24px;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;color:#1b1f24;">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px;line-height:1.5;font-size:16px;">
<p style="margin-top:0;">Hello <%= it.frame.firstName %>,</p>
<%~ it.body %>
<hr style="border:none;border-top:1px solid #dde1e6;margin:24px 0;">
<p style="font-size:13px;color:#545d68;">Sent by Preceptor, your mentoring programme.<% if (it.frame.preferencesUrl) { %> <a href="<%= it.frame.preferencesUrl %>">Choose which emails you get</a>.<% } %><% if (it.frame.unsubscribeUrl) { %> <a href="<%= it.frame.unsubscribeUrl %>">Stop emails like this one</a>.<% } %></p>
</div>
</body>
</html>`;

export const LAYOUT_TEXT = `Hello <%= it.frame.firstName %>,

<%~ it.body %>

--
Sent by Preceptor, your mentoring programme.<% if (it.frame.preferencesUrl) { %>
Choose which emails you get: <%= it.frame.preferencesUrl %><% } %><% if (it.frame.unsubscribeUrl) { %>
Stop emails like this one: <%= it.frame.unsubscribeUrl %><% } %>
`;

/**
 * The body of a text email rendered with LAYOUT_TEXT: what lies between the greeting and the
 * footer, for gathering several emails into one digest.
 */
export function textBodyOf(text: string): string {
  const start = text.indexOf('\n\n');
  const end = text.lastIndexOf('\n\n--\n');
  if (start < 0 || end <= start) return text.trim();
  return text.slice(start + 2, end).trim();
}
