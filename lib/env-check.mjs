// Loaded by next.config.js: prints a readable configuration error and exits instead of a stack trace.
try {
  await import("./env.js");
} catch (error) {
  console.error(`\nFinals Portal cannot start.\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
