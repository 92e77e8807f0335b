// @ts-check
// The one validated environment. Imported by next.config.js so a bad value stops the server at start
// with a readable message instead of a stack trace at the first request.
import { z } from "zod";

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v === "" ? undefined : v))
      .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
        message: "must be a postgres:// or postgresql:// connection URL, or unset to use the embedded database",
      }),
    DATA_DIR: z.string().trim().min(1).default(".data"),
    AUTH_SECRET: z.string().min(16, "must be at least 16 characters (try: openssl rand -base64 32)").optional(),
    SMTP_URL: z
      .string()
      .optional()
      .refine((v) => v === undefined || v === "" || /^smtps?:\/\//.test(v), { message: "must start with smtp:// or smtps://" }),
    MAIL_FROM: z.string().default("Finals Portal <no-reply@finals-portal.local>"),
    // Public origin for links in emails (e.g. https://portal.example.org). Never taken from a request's
    // Host/Origin headers, which a client chooses. Required in production; else http://localhost:$PORT.
    APP_URL: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v === "" ? undefined : v?.replace(/\/+$/, "")))
      .refine((v) => v === undefined || /^https?:\/\/[^/]+$/.test(v), {
        message: "must be an origin like https://portal.example.org (no path), or unset",
      }),
    SEED_ON_START: z.enum(["true", "false"]).default("true"),
    /** Pins "today" (ISO date) for demos and e2e runs, so the seeded stories keep their meaning. */
    PORTAL_TODAY: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "must be an ISO date like 2026-11-26")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    /** Largest results file the import accepts (admin page, API, command line), in MB. */
    IMPORT_MAX_MB: z.coerce.number().positive("must be a positive number of megabytes").max(1024).default(20),
    PORT: z.string().regex(/^\d{1,5}$/, "must be a port number").optional(),
  })
  .superRefine((value, ctx) => {
    if (value.NODE_ENV === "production" && value.APP_URL === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["APP_URL"],
        message:
          "is required in production: the public origin of the portal (e.g. https://portal.example.org), used in the links of emails (`npm start` sets http://localhost:$PORT when unset)",
      });
    }
  })
  .transform((value) => ({ ...value, APP_URL: value.APP_URL ?? `http://localhost:${value.PORT ?? "3000"}` }));

/**
 * Parses an environment object; throws an Error whose message lists every bad variable and how to fix it.
 * @param {Record<string, string | undefined>} source
 */
export function parseEnv(source) {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env = parseEnv(process.env);
