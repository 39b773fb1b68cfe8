// The cookie plugin's type augmentation, for every compile that reaches this file (the portal too).
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Over https the cookie carries the `__Host-` prefix: browsers then accept it only with Secure,
 * Path=/ and no Domain, so a sibling subdomain cannot plant or overwrite it. Plain http (local
 * development) cannot have that prefix and keeps the bare name.
 */
export const SECURE_SESSION_COOKIE = '__Host-preceptor_session';
export const SESSION_COOKIE = 'preceptor_session';

const TOKEN_SHAPE = /^[a-z2-7]{32}$/;

function isSecure(req: FastifyRequest): boolean {
  // https directly, or reported by a proxy that TRUST_PROXY trusts.
  return req.protocol === 'https';
}

/** Both names are read: browsers signed in before the switch to https still hold the bare one. */
export function readSessionCookie(req: FastifyRequest): string | null {
  for (const name of [SECURE_SESSION_COOKIE, SESSION_COOKIE]) {
    const value = req.cookies[name];
    if (value && TOKEN_SHAPE.test(value)) return value;
  }
  return null;
}

export function setSessionCookie(
  req: FastifyRequest,
  res: FastifyReply,
  token: string,
  expiresAt: Date,
): void {
  const secure = isSecure(req);
  res.setCookie(secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: expiresAt,
  });
  // The bare cookie a browser may still hold would otherwise outlive this session's renewals.
  if (secure && req.cookies[SESSION_COOKIE] !== undefined) clearCookie(res, SESSION_COOKIE, secure);
}

/**
 * Over https, a browser still holding the bare-named cookie from before the switch: the next
 * response must set the `__Host-` one (setSessionCookie clears the bare one then).
 */
export function holdsOutdatedSessionCookie(req: FastifyRequest): boolean {
  return isSecure(req) && req.cookies[SESSION_COOKIE] !== undefined;
}

export function clearSessionCookie(req: FastifyRequest, res: FastifyReply): void {
  const secure = isSecure(req);
  if (secure) clearCookie(res, SECURE_SESSION_COOKIE, secure);
  if (!secure || req.cookies[SESSION_COOKIE] !== undefined) clearCookie(res, SESSION_COOKIE, secure);
}

function clearCookie(res: FastifyReply, name: string, secure: boolean): void {
  res.setCookie(name, '', { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: 0 });
}
