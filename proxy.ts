/**
 * A convenience redirect, not the security boundary: a visitor to a signed-in section with no session
 * cookie goes to /sign-in and comes back afterwards. Whether the cookie is valid, and what its owner may
 * see, is checked by the page, data function or action itself (lib/auth/session.ts), so the proxy does no
 * cryptography: decoding and re-issuing the session here cost a quarter of the dashboard's throughput.
 *
 * It also answers two bad requests that Next.js would otherwise turn into a 500: a server action posted
 * from another origin (403, before Next's own CSRF check throws) and a malformed percent-encoded path (400).
 */
import { NextResponse, type NextRequest } from "next/server";
import { isProtectedPath } from "@/auth.config";
import { sessionTokenFromCookies } from "@/lib/auth/session-cookie";

/** The host a server action must come from: what Next.js compares Origin with (X-Forwarded-Host, else Host). */
function requestHost(request: NextRequest): string | null {
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("host");
}

/** True for a POST that Next.js may run as a server action and whose Origin names another host. */
function isCrossOriginAction(request: NextRequest): boolean {
  if (request.method !== "POST") return false;
  const contentType = request.headers.get("content-type") ?? "";
  const mayBeAction = request.headers.has("next-action") || contentType.startsWith("multipart/form-data");
  const origin = request.headers.get("origin");
  if (!mayBeAction || origin === null) return false;
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return true;
  }
  return originHost !== requestHost(request);
}

function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export default function proxy(request: NextRequest) {
  if (isCrossOriginAction(request)) {
    return new NextResponse("Forbidden: this form was sent from another site.", { status: 403 });
  }
  // request.nextUrl.pathname is already decoded where it could be; the raw path keeps what was sent.
  const rawPath = new URL(request.url).pathname;
  if (isMalformedPath(rawPath)) return new NextResponse("Bad request: malformed URL.", { status: 400 });

  const { pathname, search } = request.nextUrl;
  if (!isProtectedPath(pathname)) return NextResponse.next();
  if (sessionTokenFromCookies(request.cookies.getAll())) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Only the signed-in sections and the public runner pages (dynamic ids, where a malformed path failed):
  // the other public pages never run the proxy. Not /dashboard either: the busiest page redirects
  // signed-out visitors itself (requireUser("/dashboard")), and skipping the proxy's invocation there
  // measured 82 -> 94-110 dashboard requests/s at 10 connections (npm run bench, A/B in one run).
  // Server actions (a Next-Action header, or a multipart form post without JavaScript) run it on any page.
  matcher: [
    "/requests/:path*",
    "/elite/:path*",
    "/admin/:path*",
    "/account/:path*",
    "/runners/:path*",
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
