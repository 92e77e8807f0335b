// Validates the environment at start (lib/env.ts throws a readable error on bad config).
import "./lib/env-check.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
