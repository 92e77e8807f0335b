import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    plugins: { drizzle },
    rules: {
      // A delete or update without where wipes a table: make it a lint error (create-t3-app's habit).
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Components get plain data and domain types; the data layer is the server's (issues #15, #17).
    files: ["components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["@/lib/data/*"], message: "Components take domain types, not the data layer's." }] }] },
  },
  {
    // The data layer returns facts and codes: no sessions, no form schemas or their messages.
    files: ["lib/data/**"],
    ignores: ["lib/data/**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["@/lib/auth/*", "@/lib/validations/*"], message: "lib/data does not depend on auth or validations." }] }] },
  },
  { ignores: [".next/**", ".next-*/**", "node_modules/**", ".data/**", "db/migrations/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
