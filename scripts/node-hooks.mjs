// Module hooks for command-line scripts that reuse the server's data layer (lib/data/*). Outside Next.js
// the "server-only" marker throws on import; resolving it with the "react-server" condition, as Next.js
// does for server code, gives its empty module instead.

/** @type {import("node:module").ResolveHook} */
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") {
    return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
  }
  return nextResolve(specifier, context);
}
