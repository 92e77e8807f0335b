/**
 * Reads a multipart form (request documents) as it streams in, refusing it at the first part past a limit:
 * too many parts, too many files, a file too large, a field too long, or more bytes in all than the form
 * can hold. Nothing past that point is read. @fastify/busboy (Fastify's maintained fork of busboy, the
 * streaming parser undici uses) does the parsing; Next's server actions buffer the whole body first.
 */
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { Busboy } from "@fastify/busboy";
import type { DocumentProblem } from "@/lib/domain/requests";
import { sanitizeFileName } from "@/lib/uploads/documents";

export interface MultipartLimits {
  /** Most files (parts with a file name). */
  files: number;
  /** Largest file, in bytes. */
  fileBytes: number;
  /** Most text fields. */
  fields: number;
  /** Longest text field, in bytes. */
  fieldBytes: number;
  /** Most bytes of the whole body (files, fields and multipart framing). */
  totalBytes: number;
}

export interface ParsedFile {
  field: string;
  name: string;
  bytes: Uint8Array;
}

export interface ParsedMultipart {
  fields: Map<string, string>;
  files: ParsedFile[];
}

/** A refused body: the HTTP status to answer and why, as a code (the form words it). */
export class UploadRefusedError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly problem: DocumentProblem,
  ) {
    super(`upload refused: ${problem.code}`);
    this.name = "UploadRefusedError";
  }
}


/**
 * Parses `body` (multipart/form-data, per `contentType`) within `limits`; throws UploadRefusedError on the
 * first limit passed (after having stopped reading) or on a malformed body. An empty file input (no name,
 * no bytes) gives no file.
 */
export function parseMultipart(
  body: WebReadableStream<Uint8Array> | ReadableStream<Uint8Array> | null,
  contentType: string | null,
  limits: MultipartLimits,
): Promise<ParsedMultipart> {
  if (!contentType?.toLowerCase().startsWith("multipart/form-data")) {
    return Promise.reject(new UploadRefusedError(415, { code: "not-multipart" }));
  }
  if (!body) return Promise.reject(new UploadRefusedError(400, { code: "empty-form" }));

  return new Promise<ParsedMultipart>((resolve, reject) => {
    const source = Readable.fromWeb(body as WebReadableStream<Uint8Array>);
    let parser: ReturnType<typeof Busboy>;
    try {
      parser = Busboy({
        headers: { "content-type": contentType },
        limits: {
          files: limits.files,
          fileSize: limits.fileBytes,
          fields: limits.fields,
          fieldSize: limits.fieldBytes,
          parts: limits.files + limits.fields,
          fieldNameSize: 100,
          headerPairs: 20,
        },
      });
    } catch {
      reject(new UploadRefusedError(400, { code: "unreadable" }));
      return;
    }
    const fields = new Map<string, string>();
    const files: ParsedFile[] = [];
    let received = 0;
    let settled = false;

    const refuse = (error: UploadRefusedError) => {
      if (settled) return;
      settled = true;
      // Stop reading: the rest of the body is never parsed (nor kept in memory).
      source.unpipe(parser);
      source.destroy();
      parser.removeAllListeners();
      parser.on("error", () => undefined);
      reject(error);
    };

    source.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (received > limits.totalBytes) refuse(new UploadRefusedError(413, { code: "form-too-large", limitBytes: limits.totalBytes }));
    });
    source.on("error", () => refuse(new UploadRefusedError(400, { code: "interrupted" })));

    // Browsers send an empty file input as a part with an empty (or, from undici, absent) file name.
    parser.on("file", (field, stream, filename: string | undefined) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () =>
        refuse(new UploadRefusedError(413, { code: "too-large", file: sanitizeFileName(filename ?? ""), limitBytes: limits.fileBytes })),
      );
      stream.on("end", () => {
        if (settled) return;
        const bytes = new Uint8Array(Buffer.concat(chunks));
        if (!filename && bytes.length === 0) return;
        files.push({ field, name: filename ?? "", bytes });
      });
    });
    parser.on("field", (name, value, _nameTruncated, valueTruncated) => {
      if (valueTruncated) {
        refuse(new UploadRefusedError(413, { code: "field-too-long", field: name }));
        return;
      }
      fields.set(name, value);
    });
    parser.on("filesLimit", () =>
      refuse(new UploadRefusedError(413, { code: "too-many-files", max: limits.files })),
    );
    parser.on("fieldsLimit", () => refuse(new UploadRefusedError(413, { code: "too-many-fields" })));
    parser.on("partsLimit", () => refuse(new UploadRefusedError(413, { code: "too-many-parts" })));
    parser.on("error", () => refuse(new UploadRefusedError(400, { code: "unreadable" })));
    parser.on("finish", () => {
      if (settled) return;
      settled = true;
      resolve({ fields, files });
    });
    source.pipe(parser);
  });
}
