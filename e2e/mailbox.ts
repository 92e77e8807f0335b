import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// The e2e servers have no SMTP: each writes every email to DATA_DIR/mail (lib/mail/mail.ts), DATA_DIR being
// .data/e2e-<port> (scripts/e2e-server.mjs); the running test's project says which server (its baseURL).
function outbox(): string {
  const baseURL = test.info().project.use.baseURL ?? `http://localhost:${process.env.E2E_PORT ?? 3100}`;
  return path.join(".data", `e2e-${new URL(baseURL).port}`, "mail");
}

/** Every email sent to `email`, oldest first. */
export function mailsTo(email: string): string[] {
  const folder = outbox();
  let files: string[];
  try {
    files = readdirSync(folder).sort();
  } catch {
    return [];
  }
  return files.map((file) => readFileSync(path.join(folder, file), "utf8")).filter((text) => text.startsWith(`To: ${email}\n`));
}

/** The newest email sent to `email` whose subject matches, waiting for it to be written. */
export async function latestMail(email: string, subject: RegExp): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(() => {
      found = mailsTo(email)
        .filter((text) => subject.test(text.split("\n")[1] ?? ""))
        .at(-1);
      return found !== undefined;
    })
    .toBe(true);
  return found ?? "";
}

/** The first link of an email. */
export function firstLink(mail: string): string {
  const link = /https?:\/\/\S+/.exec(mail)?.[0];
  if (!link) throw new Error(`no link in:\n${mail}`);
  return link;
}
