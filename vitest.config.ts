import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": root, "server-only": `${root}test/server-only-stub.ts` } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "db/**/*.test.ts", "test/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.int.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["lib/**/*.int.test.ts", "db/**/*.int.test.ts", "scripts/**/*.int.test.ts", "app/**/*.int.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One embedded database per file; files run one at a time to keep memory flat on 2 cores.
          fileParallelism: false,
          // next-auth imports "next/server" without its extension, which Node's ESM resolver refuses:
          // let Vite resolve it (the Auth.js route test calls the real handlers).
          server: { deps: { inline: ["next-auth", "@auth/core"] } },
        },
      },
    ],
  },
});
