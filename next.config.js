// Validates the environment at start (lib/env.ts throws a readable error on bad config).
import "./lib/env-check.mjs";
import createNextIntlPlugin from "next-intl/plugin";

// Nonce-free CSP: Next's inline bootstrap scripts and style attributes need 'unsafe-inline' (a nonce would
// force every page to render dynamically); the rest is locked to this origin. Dev needs 'unsafe-eval'.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === "production" ? "" : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/** Sent with every response (pages, API, files). */
export const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg", "i18n-iso-countries", "world-countries", "read-excel-file"],
  // e2e runs build into their own folder (scripts/e2e-server.mjs), so parallel runs never share one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  experimental: {
    // Every server action takes at most 1 MB (Next buffers the whole body before the action runs). Forms
    // with documents post to app/api/requests/[form], which streams them within their own limits.
    serverActions: { bodySizeLimit: "1mb" },
  },
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

// next-intl without locale routing: i18n/request.ts picks the language per request; no script, so the CSP holds.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

export default withNextIntl(nextConfig);
