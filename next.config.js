// Validates the environment at start (lib/env.ts throws a readable error on bad config).
import "./lib/env-check.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg", "i18n-iso-countries", "world-countries", "read-excel-file"],
  // e2e runs build into their own folder (scripts/e2e-server.mjs), so parallel runs never share one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  experimental: {
    // Requests carry up to 5 documents of 10 MB each (lib/documents.ts); the proxy buffers the same body.
    serverActions: { bodySizeLimit: "55mb" },
    proxyClientMaxBodySize: "55mb",
  },
  reactStrictMode: true,
};

export default nextConfig;
