/**
 * A session issued before the account's last password change is no longer valid. JWT `iat` is in whole
 * seconds, so a session issued in the same second as the change still counts (signing in right after a
 * reset must work).
 */
export function isSessionCurrent(issuedAtSeconds: number | undefined, passwordChangedAt: Date | null): boolean {
  if (passwordChangedAt === null) return true;
  if (issuedAtSeconds === undefined) return false;
  return issuedAtSeconds >= Math.floor(passwordChangedAt.getTime() / 1000);
}
