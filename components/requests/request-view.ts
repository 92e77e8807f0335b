/**
 * What the one request view (runner and elite team) shows: a request with its documents and history. Plain
 * shapes beside the components, so they need nothing from the data layer; its `RequestDetail` fits them.
 */
import type { RequestHeader } from "@/lib/domain/requests";

export interface RequestViewDocument {
  id: number;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  uploadedAt: Date;
}

export interface RequestViewHistoryItem {
  id: number;
  action: string;
  reason: string | null;
  details: Record<string, unknown> | null;
  createdAt: Date;
  actorName: string | null;
  actorRole: "runner" | "elite" | "admin" | null;
}

export interface RequestView extends RequestHeader {
  runnerName: string;
  reason: string;
  decisionReason: string | null;
  /** True for the owner: comment, add documents, withdraw while open. */
  viewerIsOwner: boolean;
  isOpen: boolean;
  documents: RequestViewDocument[];
  history: RequestViewHistoryItem[];
}
