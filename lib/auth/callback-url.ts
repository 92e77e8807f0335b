/**
 * Where to send a visitor after signing in: only a path on this site. Auth.js passes an absolute URL (the
 * page the proxy turned away), links pass a path; anything else (another host, "//evil", "javascript:")
 * falls back.
 */
export function safeCallbackPath(value: string | null | undefined, fallback = "/dashboard"): string {
  if (!value) return fallback;
  const candidate = value.trim();
  if (candidate.startsWith("/") && !candidate.startsWith("//") && !candidate.startsWith("/\\")) return candidate;
  try {
    const url = new URL(candidate);
    if (url.protocol !== "http:" && url.protocol !== "https:") return fallback;
    // Keep only the path: we never redirect to another host, even one named in the URL.
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
