/** One entry of an entity's history (the audit trail), as pages show it: who did what, and why. */
export interface HistoryEntry {
  id: number;
  action: string;
  reason: string | null;
  details: Record<string, unknown> | null;
  createdAt: Date;
  /** The actor's display name and role (never their email); null for the system. */
  actorName: string | null;
  actorRole: "runner" | "elite" | "admin" | null;
}
