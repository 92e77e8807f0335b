/**
 * What the one request view (runner and elite team) shows: a request with its documents and history. Plain
 * shapes beside the components, so they need nothing from the data layer; its `RequestDetail` fits them.
 */
import type { RequestHeader } from "@/lib/domain/requests";
import type { HistoryEntry } from "@/lib/domain/history";

export interface RequestViewDocument {
  id: number;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  uploadedAt: Date;
}


export interface RequestView extends RequestHeader {
  runnerName: string;
  reason: string;
  decisionReason: string | null;
  /** True for the owner: comment, add documents, withdraw while open. */
  viewerIsOwner: boolean;
  isOpen: boolean;
  documents: RequestViewDocument[];
  history: HistoryEntry[];
}
