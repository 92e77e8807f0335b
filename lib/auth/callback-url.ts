/**
 * Where to send a visitor after signing in: only a path on this site. Auth.js passes an absolute URL (the
 * page the proxy turned away), links pass a path; anything else (another host, "//evil", "/%09/evil",
 * "http://x//evil", "javascript:") falls back.
 */

const PLACEHOLDER_ORIGIN = "http://portal.invalid";
// Control characters and backslashes, raw or percent-encoded: browsers drop or turn them into "/", so
// "/\t/evil.example" or "/%5Cevil.example" can become the protocol-relative "//evil.example".
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\\]|%(?:[01][0-9a-f]|7f|5c)/i;

/** True for a path that stays on this site however a browser reads it. */
function isSameOriginPath(path: string): boolean {
  if (!path.startsWith("/") || UNSAFE_CHARACTERS.test(path)) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  if (/^\/[/\\]/.test(decoded) || UNSAFE_CHARACTERS.test(decoded)) return false;
  try {
    return new URL(path, PLACEHOLDER_ORIGIN).origin === PLACEHOLDER_ORIGIN;
  } catch {
    return false;
  }
}

export function safeCallbackPath(value: string | null | undefined, fallback = "/dashboard"): string {
  if (!value) return fallback;
  const candidate = value.trim();
  if (candidate.startsWith("/")) return isSameOriginPath(candidate) ? candidate : fallback;
  let path: string;
  try {
    const url = new URL(candidate);
    if (url.protocol !== "http:" && url.protocol !== "https:") return fallback;
    // Keep only the path: we never redirect to another host, even one named in the URL.
    path = `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
  return isSameOriginPath(path) ? path : fallback;
}
