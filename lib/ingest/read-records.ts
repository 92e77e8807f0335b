/**
 * The records of a results file with their physical line: `#` lines first (race metadata, read into
 * `meta`), then a CSV (UTF-8; delimiter from its header line; stray quotes kept as text) or the first sheet
 * of an .xlsx workbook. Streams the CSV; stops at the size limit.
 */
import { finished } from "node:stream/promises";
import { setImmediate as nextTurn } from "node:timers/promises";
import { parse } from "csv-parse";
import { bytesOf, concatBytes, type ResultsInput } from "./input";
import type { ProblemList } from "./problems";
import { readRaceMeta, type RaceMeta } from "./race-meta";
import { looksLikeXlsx, readXlsxRows } from "./xlsx";

const DELIMITERS = [",", ";", "\t"] as const;

/** The delimiter of a CSV from its header line: the one it holds most of (outside quotes). */
function delimiterOf(headerLine: string): string {
  const bare = headerLine.replace(/"[^"]*"/g, "");
  let best: string = ",";
  let most = 0;
  for (const d of DELIMITERS) {
    const n = bare.split(d).length - 1;
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

/** A file the CSV or workbook reader cannot read, at a line when known. */
export class UnreadableFile extends Error {
  constructor(readonly line: number | null, message: string) {
    super(message);
  }
}

/**
 * Feeds the records of the file to `onRecord` with their physical line: `#` lines first (race
 * metadata), then a CSV (delimiter from its header line) or the first sheet of an .xlsx workbook.
 */
export async function readRecords(
  input: ResultsInput,
  maxBytes: number,
  meta: RaceMeta,
  errors: ProblemList,
  onRecord: (cells: string[], line: number) => void,
): Promise<void> {
  const bytes = bytesOf(input, maxBytes);
  const first = await bytes.next();
  if (first.done) return;
  if (looksLikeXlsx(first.value)) {
    const chunks = [first.value];
    for await (const chunk of bytes) chunks.push(chunk);
    let rows: string[][];
    try {
      rows = await readXlsxRows(concatBytes(chunks));
    } catch (error) {
      throw new UnreadableFile(null, `The workbook cannot be read: ${(error as Error).message}`);
    }
    rows.forEach((cells, i) => onRecord(cells, i + 1));
    return;
  }

  const decoder = new TextDecoder("utf-8", { fatal: true });
  async function* text(): AsyncGenerator<string> {
    try {
      yield decoder.decode(first.value as Uint8Array, { stream: true });
      for await (const chunk of bytes) yield decoder.decode(chunk, { stream: true });
      yield decoder.decode();
    } catch (error) {
      if (error instanceof TypeError) throw new UnreadableFile(null, "The file is not UTF-8 text: save it as CSV UTF-8.");
      throw error;
    }
  }

  let metaLines = 0;
  /** The physical line of the last complete record: an unclosed quote opens on the line after it. */
  let lastRecordLine = 0;
  let parser: ReturnType<typeof parse> | null = null;
  let consume: Promise<void> | null = null;
  const start = (headerLine: string) => {
    parser = parse({
      bom: true,
      delimiter: delimiterOf(headerLine),
      relax_column_count: true,
      // A stray quote inside a field ("Team "Fast" Runners") is kept as text, not a broken file.
      relax_quotes: true,
      skip_empty_lines: true,
      on_record: (record: string[], context: { lines: number }) => {
        lastRecordLine = context.lines + metaLines;
        onRecord(record, lastRecordLine);
        return null;
      },
    });
    consume = (async () => {
      parser!.resume();
      await finished(parser!);
    })();
  };
  const write = async (chunk: string) => {
    const p = parser!;
    if (!p.write(chunk)) {
      await new Promise<void>((resolve) => {
        p.once("drain", resolve);
        p.once("close", resolve);
      });
    }
  };

  const feed = async () => {
    // `#` lines come first; the CSV starts at the first other line.
    let head = "";
    for await (const chunk of text()) {
      // Parsing is synchronous work: between two chunks, requests waiting on the server get their turn.
      await nextTurn();
      if (parser) {
        if ((parser as { destroyed: boolean }).destroyed) return; // its error is reported by the consumer
        await write(chunk);
        continue;
      }
      head += chunk;
      for (;;) {
        const nl = head.indexOf("\n");
        const lineText = (nl === -1 ? head : head.slice(0, nl)).replace(/\r$/, "");
        const trimmed = lineText.trimStart().replace(/^\uFEFF/, "");
        if (trimmed.startsWith("#") || (trimmed === "" && nl !== -1)) {
          if (nl === -1) break; // a `#` line not complete yet
          metaLines++;
          readRaceMeta(trimmed, metaLines, meta, errors);
          head = head.slice(nl + 1);
          continue;
        }
        if (trimmed === "" || nl === -1) break; // the header line is not complete yet
        start(lineText);
        await write(head);
        head = "";
        break;
      }
    }
    if (!parser) {
      if (head.trim().startsWith("#")) {
        metaLines++;
        readRaceMeta(head.trim(), metaLines, meta, errors);
        return;
      }
      if (head.trim() === "") return;
      start(head);
      await write(head);
    }
    (parser as ReturnType<typeof parse> | null)?.end();
  };

  try {
    try {
      await feed();
    } catch (error) {
      (parser as ReturnType<typeof parse> | null)?.destroy(error as Error);
      await (consume as Promise<void> | null)?.catch(() => undefined);
      throw error;
    }
    await consume;
  } catch (error) {
    const csvError = error as { code?: string; lines?: number; message?: string };
    if (typeof csvError.code === "string" && csvError.code.startsWith("CSV_")) {
      if (csvError.code === "CSV_QUOTE_NOT_CLOSED") {
        throw new UnreadableFile(lastRecordLine + 1, 'unreadable CSV: a quoted field opens on this line and is never closed (a " is missing)');
      }
      const detail = (csvError.message ?? csvError.code).replace(/\s*(at|on) line \d+/g, "");
      throw new UnreadableFile(typeof csvError.lines === "number" ? csvError.lines + metaLines : null, `unreadable CSV: ${detail}`);
    }
    throw error;
  }
}
