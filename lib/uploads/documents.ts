/**
 * Supporting documents of a request (R15, R16): PDF, JPEG or PNG, recognised by their content (magic
 * bytes), never by name or by the type the browser claims. Pure functions, shared by the data layer
 * (which re-checks inside its transaction) and the forms (which show the limits).
 */
import type { DocumentProblem } from "@/lib/domain/requests";

/** At most 10 MB per document. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** At most 5 documents per request, counting those already attached. */
export const MAX_DOCUMENTS_PER_REQUEST = 5;
/** For `<input accept>`: a hint only; the content decides. */
export const DOCUMENT_ACCEPT = "application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png";

export type DocumentMimeType = "application/pdf" | "image/jpeg" | "image/png";

const SIGNATURES: readonly { mimeType: DocumentMimeType; bytes: readonly number[] }[] = [
  { mimeType: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
  { mimeType: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
  { mimeType: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

const EXTENSION: Record<DocumentMimeType, string> = { "application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png" };

/** The document type of `bytes` by its magic bytes, or null when it is none of PDF, JPEG or PNG. */
export function detectDocumentType(bytes: Uint8Array): DocumentMimeType | null {
  for (const { mimeType, bytes: signature } of SIGNATURES) {
    if (bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b)) return mimeType;
  }
  return null;
}

const MAX_NAME_LENGTH = 120;

/**
 * A file name safe to store, show and send back in Content-Disposition: no folders, no control or
 * quote characters, no leading dots, at most 120 characters (the extension kept), never empty.
 */
export function sanitizeFileName(name: string, mimeType?: DocumentMimeType): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  let clean = base
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}"<>:|?*;]/gu, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  if (clean.length > MAX_NAME_LENGTH) {
    const dot = clean.lastIndexOf(".");
    const ext = dot > 0 && clean.length - dot <= 8 ? clean.slice(dot) : "";
    clean = clean.slice(0, MAX_NAME_LENGTH - ext.length).trimEnd() + ext;
  }
  if (clean === "") clean = `document${mimeType ? EXTENSION[mimeType] : ""}`;
  return clean;
}

/** A file as the upload gave it. */
export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** A file that passed the checks, ready to store. */
export interface CheckedDocument {
  fileName: string;
  mimeType: DocumentMimeType;
  sizeBytes: number;
  content: Uint8Array;
}

export type DocumentCheck = { ok: true; documents: CheckedDocument[] } | { ok: false; problem: DocumentProblem };

/**
 * Checks new documents for a request that already has `alreadyAttached`: count, then each file's size
 * and content. The first problem is returned as a code with its facts (the form words it).
 */
export function checkDocuments(files: readonly UploadedFile[], alreadyAttached = 0): DocumentCheck {
  const total = alreadyAttached + files.length;
  if (total > MAX_DOCUMENTS_PER_REQUEST) {
    const left = Math.max(0, MAX_DOCUMENTS_PER_REQUEST - alreadyAttached);
    return { ok: false, problem: { code: "too-many", max: MAX_DOCUMENTS_PER_REQUEST, left } };
  }
  const documents: CheckedDocument[] = [];
  for (const file of files) {
    const shown = sanitizeFileName(file.name);
    if (file.bytes.length === 0) return { ok: false, problem: { code: "empty", file: shown } };
    if (file.bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, problem: { code: "too-large", file: shown, limitBytes: MAX_DOCUMENT_BYTES } };
    const mimeType = detectDocumentType(file.bytes);
    if (mimeType === null) return { ok: false, problem: { code: "not-a-document", file: shown } };
    documents.push({ fileName: sanitizeFileName(file.name, mimeType), mimeType, sizeBytes: file.bytes.length, content: file.bytes });
  }
  return { ok: true, documents };
}

/** 2_400_000 -> "2.3 MB", 900 -> "1 KB". */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
