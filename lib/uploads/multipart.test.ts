import { describe, expect, it } from "vitest";
import { parseMultipart, UploadRefusedError, type MultipartLimits } from "./multipart";

const limits: MultipartLimits = { files: 5, fileBytes: 1024, fields: 4, fieldBytes: 100, totalBytes: 8 * 1024 };
const BOUNDARY = "----test-boundary";
const CONTENT_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

function filePart(name: string, size: number): string {
  return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="documents"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n${"%PDF-".padEnd(size, "x")}\r\n`;
}
function fieldPart(name: string, value: string): string {
  return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
}

/** A body that yields `parts` one by one, counting how many were pulled: the parser must stop early. */
function lazyBody(parts: () => Generator<string>) {
  const pulled = { count: 0 };
  const iterator = parts();
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = iterator.next();
      if (next.done) {
        controller.enqueue(new TextEncoder().encode(`--${BOUNDARY}--\r\n`));
        controller.close();
        return;
      }
      pulled.count += 1;
      controller.enqueue(new TextEncoder().encode(next.value));
    },
  });
  return { stream, pulled };
}

// Issue #14.2: every file of a 55 MB body was read before the 5-file check.
describe("parseMultipart: limits checked while the body streams in", () => {
  it("reads a form within the limits", async () => {
    const { stream } = lazyBody(function* () {
      yield fieldPart("requestId", "12");
      yield filePart("a.pdf", 200);
      yield filePart("b.pdf", 300);
    });
    const parsed = await parseMultipart(stream, CONTENT_TYPE, limits);
    expect(parsed.fields.get("requestId")).toBe("12");
    expect(parsed.files.map((f) => [f.name, f.bytes.length])).toEqual([
      ["a.pdf", 200],
      ["b.pdf", 300],
    ]);
  });

  it("refuses the sixth file without reading the thousands that follow", async () => {
    const { stream, pulled } = lazyBody(function* () {
      for (let i = 0; i < 5000; i++) yield filePart(`f${i}.pdf`, 10);
    });
    await expect(parseMultipart(stream, CONTENT_TYPE, limits)).rejects.toMatchObject({
      status: 413,
      problem: { code: "too-many-files", max: 5 },
    });
    expect(pulled.count).toBeLessThan(50);
  });

  it("refuses a file past its size as soon as the limit is passed", async () => {
    const { stream, pulled } = lazyBody(function* () {
      yield filePart("big.pdf", 2048);
      for (let i = 0; i < 1000; i++) yield fieldPart("x", "y");
    });
    await expect(parseMultipart(stream, CONTENT_TYPE, limits)).rejects.toMatchObject({ status: 413, problem: { code: "too-large", file: "big.pdf", limitBytes: 1024 } });
    expect(pulled.count).toBeLessThan(50);
  });

  it("refuses too many fields, a field too long, and a body too large in all", async () => {
    const manyFields = lazyBody(function* () {
      for (let i = 0; i < 100_000; i++) yield fieldPart(`f${i}`, "v");
    });
    await expect(parseMultipart(manyFields.stream, CONTENT_TYPE, limits)).rejects.toBeInstanceOf(UploadRefusedError);
    expect(manyFields.pulled.count).toBeLessThan(50);

    const longField = lazyBody(function* () {
      yield fieldPart("reason", "r".repeat(500));
    });
    await expect(parseMultipart(longField.stream, CONTENT_TYPE, limits)).rejects.toMatchObject({ problem: { code: "field-too-long", field: "reason" } });

    const tooBig = lazyBody(function* () {
      for (let i = 0; i < 5; i++) yield filePart(`f${i}.pdf`, 1000);
      yield fieldPart("pad", "p".repeat(90));
      for (let i = 0; i < 100; i++) yield "x".repeat(1000);
    });
    await expect(parseMultipart(tooBig.stream, CONTENT_TYPE, { ...limits, fields: 100 })).rejects.toMatchObject({ status: 413 });
  });

  it("refuses a body that is not multipart", async () => {
    await expect(parseMultipart(new ReadableStream<Uint8Array>(), "application/json", limits)).rejects.toMatchObject({ status: 415 });
  });
});

// Issue #15: an empty file input reached the data layer as a file named "undefined" ("undefined is empty.").
describe("parseMultipart: an empty file input is no file", () => {
  it.each([
    ["a browser's empty input (filename=\"\")", `--${BOUNDARY}\r\nContent-Disposition: form-data; name="documents"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n`],
    ["undici's empty input (no filename)", `--${BOUNDARY}\r\nContent-Disposition: form-data; name="documents"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n`],
  ])("%s", async (_label, part) => {
    const { stream } = lazyBody(function* () {
      yield fieldPart("reason", "a reason");
      yield part;
    });
    const parsed = await parseMultipart(stream, CONTENT_TYPE, limits);
    expect(parsed.files).toEqual([]);
    expect(parsed.fields.get("reason")).toBe("a reason");
  });

  it("keeps an empty file that has a name, for the documents check to refuse by name", async () => {
    const { stream } = lazyBody(function* () {
      yield `--${BOUNDARY}\r\nContent-Disposition: form-data; name="documents"; filename="scan.pdf"\r\nContent-Type: application/pdf\r\n\r\n\r\n`;
    });
    const parsed = await parseMultipart(stream, CONTENT_TYPE, limits);
    expect(parsed.files.map((f) => [f.name, f.bytes.length])).toEqual([["scan.pdf", 0]]);
  });
});
