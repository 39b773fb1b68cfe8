// The cookie plugin's type augmentation, for every compile that reaches this file (the portal too).
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'preceptor_session';

export function readSessionCookie(req: FastifyRequest): string | null {
  const value = req.cookies[SESSION_COOKIE];
  return value && /^[a-z2-7]{32}$/.test(value) ? value : null;
}

export function setSessionCookie(
  req: FastifyRequest,
  res: FastifyReply,
  token: string,
  expiresAt: Date,
): void {
  res.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    // Secure whenever the browser reached us over https (directly or via a trusted proxy).
    secure: req.protocol === 'https',
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(req: FastifyRequest, res: FastifyReply): void {
  res.setCookie(SESSION_COOKIE, '', {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.protocol === 'https',
    path: '/',
    maxAge: 0,
  });
}
