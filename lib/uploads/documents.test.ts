import { describe, expect, it } from "vitest";
import {
  MAX_DOCUMENT_BYTES,
  checkDocuments,
  detectDocumentType,
  formatFileSize,
  sanitizeFileName,
} from "@/lib/uploads/documents";

const PDF = new TextEncoder().encode("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const EXE = new TextEncoder().encode("MZ\x90\x00\x03\x00\x00\x00This program cannot be run in DOS mode");

describe("detectDocumentType: by content, never by name", () => {
  it("recognises PDF, JPEG and PNG by their magic bytes", () => {
    expect(detectDocumentType(PDF)).toBe("application/pdf");
    expect(detectDocumentType(JPEG)).toBe("image/jpeg");
    expect(detectDocumentType(PNG)).toBe("image/png");
  });

  it("refuses executables, text, truncated signatures and empty input", () => {
    expect(detectDocumentType(EXE)).toBeNull();
    expect(detectDocumentType(new TextEncoder().encode("hello"))).toBeNull();
    expect(detectDocumentType(new TextEncoder().encode("%PDF"))).toBeNull();
    expect(detectDocumentType(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(detectDocumentType(new Uint8Array())).toBeNull();
  });
});

describe("sanitizeFileName", () => {
  it("keeps a plain name", () => {
    expect(sanitizeFileName("medical-certificate.pdf")).toBe("medical-certificate.pdf");
  });

  it("drops folders, control and quote characters and leading dots", () => {
    expect(sanitizeFileName("@/../etc/passwd")).toBe("passwd");
    expect(sanitizeFileName("C:\\Users\\me\\scan.png")).toBe("scan.png");
    expect(sanitizeFileName('a"b\r\nc.pdf')).toBe("abc.pdf");
    expect(sanitizeFileName(".hidden.pdf")).toBe("hidden.pdf");
  });

  it("shortens long names but keeps the extension, and never returns an empty name", () => {
    const long = sanitizeFileName(`${"x".repeat(300)}.pdf`);
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long.endsWith(".pdf")).toBe(true);
    expect(sanitizeFileName("", "image/png")).toBe("document.png");
    expect(sanitizeFileName("\u0000\u0001")).toBe("document");
  });
});

describe("checkDocuments", () => {
  it("accepts valid files and reports the detected type, not the claimed name", () => {
    const result = checkDocuments([
      { name: "certificate.pdf", bytes: PDF },
      { name: "photo.png", bytes: JPEG },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.documents.map((d) => d.mimeType)).toEqual(["application/pdf", "image/jpeg"]);
    expect(result.documents[0]).toMatchObject({ fileName: "certificate.pdf", sizeBytes: PDF.length });
  });

  it("refuses an executable renamed .pdf, naming the file", () => {
    expect(checkDocuments([{ name: "invoice.pdf", bytes: EXE }])).toEqual({ ok: false, problem: { code: "not-a-document", file: "invoice.pdf" } });
  });

  it("refuses a file over 10 MB and accepts one of exactly 10 MB", () => {
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    big.set(PNG);
    expect(checkDocuments([{ name: "scan.png", bytes: big }])).toEqual({ ok: false, problem: { code: "too-large", file: "scan.png", limitBytes: MAX_DOCUMENT_BYTES } });
    expect(checkDocuments([{ name: "scan.png", bytes: big.subarray(0, MAX_DOCUMENT_BYTES) }]).ok).toBe(true);
  });

  it("refuses an empty file", () => {
    expect(checkDocuments([{ name: "empty.pdf", bytes: new Uint8Array() }])).toEqual({ ok: false, problem: { code: "empty", file: "empty.pdf" } });
  });

  it("counts documents already attached: 5 at most", () => {
    const one = { name: "a.pdf", bytes: PDF };
    expect(checkDocuments([one, one, one, one, one]).ok).toBe(true);
    expect(checkDocuments([one, one, one, one, one, one])).toEqual({ ok: false, problem: { code: "too-many", max: 5, left: 5 } });
    expect(checkDocuments([one], 4).ok).toBe(true);
    expect(checkDocuments([one, one], 4)).toEqual({ ok: false, problem: { code: "too-many", max: 5, left: 1 } });
    expect(checkDocuments([one], 5)).toEqual({ ok: false, problem: { code: "too-many", max: 5, left: 0 } });
  });

  it("names the file by its sanitized name", () => {
    expect(checkDocuments([{ name: "@/evil\u0000.pdf", bytes: EXE }])).toEqual({ ok: false, problem: { code: "not-a-document", file: "evil.pdf" } });
  });
});

describe("formatFileSize", () => {
  it("shows KB and MB", () => {
    expect(formatFileSize(900)).toBe("1 KB");
    expect(formatFileSize(2.5 * 1024 * 1024)).toBe("2.5 MB");
  });
});
