/**
 * Error logging that never writes a query's parameters. Drizzle's "Failed query" errors carry them in
 * their message and stack ("params: $argon2id$..., knee surgery in May"): password hashes, tokens' hashes,
 * medical reasons. Only the statement (with its $1 placeholders), the driver's reason and the stack
 * frames are kept.
 */

const MAX_CAUSE_DEPTH = 4;

function firstLine(text: string): string {
  return text.split("\n")[0] ?? "";
}

/** One line for an error and its causes, without parameters or driver details. */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < MAX_CAUSE_DEPTH; depth++) {
    if (current instanceof Error) {
      parts.push(`${current.name}: ${firstLine(current.message)}`);
      current = current.cause;
    } else {
      parts.push(typeof current === "string" ? firstLine(current) : "(non-error value)");
      break;
    }
  }
  return parts.join(" <- ");
}

/** The stack frames of an error, without its message (which may hold parameters). */
function stackFrames(error: unknown): string {
  if (!(error instanceof Error) || !error.stack) return "";
  return error.stack
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .join("\n");
}

/** Logs `context: description` and the stack frames to stderr. */
export function logError(context: string, error: unknown, log: (text: string) => void = console.error): void {
  const frames = stackFrames(error);
  log(`${context}: ${describeError(error)}${frames ? `\n${frames}` : ""}`);
}
