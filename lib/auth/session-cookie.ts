/**
 * Where the Auth.js session token is in a request's cookies: one place for the cookie's names, read by the
 * proxy (is there a session cookie at all?) and by lib/auth/session-token.ts (which verifies it). No
 * server-only imports, so the proxy can use it.
 */

/** What Auth.js calls the session cookie: with the __Secure- prefix on https; split into .0, .1, ... when large. */
const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/** The name Auth.js gives the session cookie on https (`secure`) or plain http. */
export function sessionCookieName(secure: boolean): (typeof SESSION_COOKIE_NAMES)[number] {
  return SESSION_COOKIE_NAMES[secure ? 0 : 1];
}

export interface CookieLike {
  name: string;
  value: string;
}

/**
 * The session token in a request's cookies and the cookie name it was found under (Auth.js salts the key
 * with that name), joining the chunks of a split cookie in order, as Auth.js's SessionStore does.
 */
export function sessionTokenFromCookies(cookies: readonly CookieLike[]): { token: string; cookieName: string } | null {
  for (const cookieName of SESSION_COOKIE_NAMES) {
    const whole = cookies.find((c) => c.name === cookieName);
    if (whole?.value) return { token: whole.value, cookieName };
    const chunks = cookies
      .map((c) => ({ match: new RegExp(`^${cookieName.replace(/[.]/g, "\\.")}\\.(\\d+)$`).exec(c.name), value: c.value }))
      .filter((c): c is { match: RegExpExecArray; value: string } => c.match !== null)
      .sort((a, b) => Number(a.match[1]) - Number(b.match[1]));
    if (chunks.length > 0) return { token: chunks.map((c) => c.value).join(""), cookieName };
  }
  return null;
}
