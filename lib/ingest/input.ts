/**
 * The bytes of a results file, however they come (a string, a buffer, a Node or web stream): read once,
 * hashed on the way, and stopped as soon as the size limit is passed.
 */
import { createHash } from "node:crypto";

export type ResultsInput = string | Uint8Array | AsyncIterable<Uint8Array | string> | ReadableStream<Uint8Array>;

/** Default size limit of a results file: 20 MB (a 10,000-row file is about 1.5 MB). */
export const DEFAULT_MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export class SizeLimitExceeded extends Error {}

/** A string or buffer is read in slices of this many bytes, as a stream would give it. */
const SLICE_BYTES = 64 * 1024;

export async function* chunksOf(input: ResultsInput): AsyncGenerator<Uint8Array | string> {
  if (typeof input === "string" || input instanceof Uint8Array) {
    const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
    for (let at = 0; at < bytes.byteLength; at += SLICE_BYTES) yield bytes.subarray(at, at + SLICE_BYTES);
  } else if (typeof (input as ReadableStream<Uint8Array>).getReader === "function") {
    const reader = (input as ReadableStream<Uint8Array>).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  } else {
    yield* input as AsyncIterable<Uint8Array | string>;
  }
}

/**
 * Wraps an input so its SHA-256 is computed as the parser reads it (the file is read once).
 * `digest()` is valid after parsing has read the whole input.
 */
export function withSha256(input: ResultsInput): { input: AsyncIterable<Uint8Array | string>; digest(): string } {
  const hash = createHash("sha256");
  async function* hashed() {
    for await (const chunk of chunksOf(input)) {
      hash.update(chunk);
      yield chunk;
    }
  }
  let digest: string | null = null;
  return { input: hashed(), digest: () => (digest ??= hash.digest("hex")) };
}

/** The input's bytes, chunk by chunk, stopping as soon as the size limit is passed. */
export async function* bytesOf(input: ResultsInput, maxBytes: number): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let bytes = 0;
  for await (const chunk of chunksOf(input)) {
    const data = typeof chunk === "string" ? encoder.encode(chunk) : chunk;
    bytes += data.byteLength;
    if (bytes > maxBytes) throw new SizeLimitExceeded();
    yield data;
  }
}

/** Concatenates chunks (for formats that need the whole file, such as .xlsx). */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
