import "server-only";

/**
 * Password hashing with Argon2id (@node-rs/argon2: prebuilt, no node-gyp, maintained), the OWASP
 * recommended algorithm. Parameters are the library defaults (19 MiB, 2 passes).
 */
import { hash, verify } from "@node-rs/argon2";

/** Hashes a password for storage. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** Checks a password against a stored hash; false (never throws) on a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
