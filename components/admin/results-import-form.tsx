"use client";

import { useId, useState, type FormEvent } from "react";
import type { ImportedQualifier, ImportSummary } from "@/lib/data/import-results";
import type { ImportError, ImportWarning } from "@/lib/ingest/problems";
import { describeReason, sexLabel } from "@/lib/ingest/report";
import { EVENT_LEVELS } from "@/lib/domain/types";
import { LEVEL_LABEL } from "@/lib/labels";
import { FormField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FieldErrors } from "@/components/ui/field-errors";

export interface ResultsImportFormProps {
  maxMb: number;
}

type Outcome =
  | { kind: "idle" }
  | { kind: "uploading"; loaded: number; total: number }
  | { kind: "done"; summary: ImportSummary }
  | { kind: "refused"; errors: ImportError[]; warnings: ImportWarning[] };


function errorLine(e: ImportError): string {
  return e.line === null ? e.message : `Line ${e.line}: ${e.message}`;
}

/** Upload with a progress bar (XMLHttpRequest reports upload progress; fetch does not). */
export function ResultsImportForm({ maxMb }: ResultsImportFormProps) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: "idle" });
  const [fileError, setFileError] = useState<string[] | undefined>();
  const [eventError, setEventError] = useState<string[] | undefined>();
  const id = useId();
  const pending = outcome.kind === "uploading";

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    const eventName = String(data.get("event") ?? "").trim();
    const fileMissing = !(file instanceof File) || file.size === 0;
    setFileError(fileMissing ? ["Choose the results file (CSV)."] : file.size > maxMb * 1024 * 1024 ? [`The file is larger than ${maxMb} MB.`] : undefined);
    setEventError(eventName ? undefined : ["Give the event name."]);
    if (fileMissing || !eventName || (file as File).size > maxMb * 1024 * 1024) return;

    const query = new URLSearchParams({ event: eventName, level: String(data.get("level")), filename: (file as File).name });
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value === "preview") query.set("dry_run", "true");
    if (data.get("partial") === "on") query.set("partial", "true");
    for (const key of ["year", "race", "qualifier", "final"]) {
      const value = String(data.get(key) ?? "").trim();
      if (value) query.set(key, value);
    }
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/admin/imports?${query}`);
    xhr.setRequestHeader("content-type", "text/csv");
    xhr.setRequestHeader("x-finals-upload", "1");
    xhr.upload.onprogress = (e) => setOutcome({ kind: "uploading", loaded: e.loaded, total: e.lengthComputable ? e.total : (file as File).size });
    xhr.onerror = () => setOutcome({ kind: "refused", warnings: [], errors: [{ line: null, column: null, message: "The upload failed: check your connection and try again." }] });
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status === 200 && body) setOutcome({ kind: "done", summary: body as ImportSummary });
      else {
        const errors = (body as { errors?: ImportError[] } | null)?.errors;
        const warnings = (body as { warnings?: ImportWarning[] } | null)?.warnings ?? [];
        setOutcome({ kind: "refused", warnings, errors: errors ?? [{ line: null, column: null, message: `The server answered ${xhr.status}. Try again in a moment.` }] });
      }
    };
    setOutcome({ kind: "uploading", loaded: 0, total: (file as File).size });
    xhr.send(file as File);
  }

  return (
    <div className="space-y-8">
      <form onSubmit={submit} className="space-y-5" noValidate aria-describedby={`${id}-status`}>
        <div className="space-y-1">
          <label htmlFor={`${id}-file`} className="block font-medium">
            Results file
          </label>
          <p id={`${id}-file-hint`} className="text-sm text-slate-600">
            CSV in the live-results export format or the canonical format, up to {maxMb} MB.
          </p>
          <input
            id={`${id}-file`}
            name="file"
            type="file"
            accept=".csv,text/csv,text/plain"
            required
            aria-describedby={`${id}-file-hint ${id}-file-error`}
            aria-invalid={fileError ? true : undefined}
            className="block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2"
          />
          <FieldErrors id={`${id}-file-error`} errors={fileError} />
        </div>
        <FormField id={`${id}-event`} name="event" label="Event name" hint="An existing event of that year is matched by its exact name." required autoComplete="off" errors={eventError} />
        <div className="space-y-1">
          <label htmlFor={`${id}-level`} className="block font-medium">
            Level
          </label>
          <select id={`${id}-level`} name="level" defaultValue="event" className="block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2">
            {EVENT_LEVELS.map((level) => (
              <option key={level} value={level}>
                {LEVEL_LABEL[level]}
              </option>
            ))}
          </select>
        </div>
        <FormField id={`${id}-year`} name="year" label="Year (optional)" hint="Default: the year of the race date in the file." inputMode="numeric" autoComplete="off" />
        <FormField id={`${id}-race`} name="race" label="Race name (optional)" hint="Default: the file's race name, else its distance (e.g. 47 km)." autoComplete="off" />
        <div className="space-y-1">
          <label htmlFor={`${id}-qualifier`} className="block font-medium">
            Finals qualifier (R11)
          </label>
          <p id={`${id}-qualifier-hint`} className="text-sm text-slate-600">
            One race per category and event qualifies. By default a second race of a category does not.
          </p>
          <select id={`${id}-qualifier`} name="qualifier" defaultValue="" aria-describedby={`${id}-qualifier-hint`} className="block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2">
            <option value="">As the rules say (the first race of its category)</option>
            <option value="true">This race is its category&apos;s qualifier</option>
            <option value="false">This race does not qualify</option>
          </select>
        </div>
        <div className="flex items-start gap-2">
          <input id={`${id}-partial`} name="partial" type="checkbox" className="mt-1 size-5" aria-describedby={`${id}-partial-hint`} />
          <div>
            <label htmlFor={`${id}-partial`} className="font-medium">
              Part of the race only
            </label>
            <p id={`${id}-partial-hint`} className="text-sm text-slate-600">
              Keep results this file does not list. Unticked, the file is the race&apos;s full list: results missing from it are removed.
            </p>
          </div>
        </div>
        <div>
          <label htmlFor={`${id}-final`} className="block font-medium">
            Results final
          </label>
          <p id={`${id}-final-hint`} className="text-sm text-slate-600">
            Until the results are final, podium places are provisional (R20).
          </p>
          <select id={`${id}-final`} name="final" defaultValue="" aria-describedby={`${id}-final-hint`} className="block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2">
            <option value="">As the file is (a full list is final, a part is not)</option>
            <option value="true">Final: places no longer move</option>
            <option value="false">Not final yet</option>
          </select>
        </div>
        <div className="flex flex-wrap gap-3">
          <SubmitButton pending={pending} pendingLabel="Working…" name="intent" value="preview">
            Preview (writes nothing)
          </SubmitButton>
          <SubmitButton pending={pending} pendingLabel="Importing…" name="intent" value="import">
            Import results
          </SubmitButton>
        </div>
      </form>

      <section id={`${id}-status`} aria-live="polite" aria-label="Import result" className="space-y-4">
        {outcome.kind === "uploading" ? (
          <div className="space-y-1">
            <label htmlFor={`${id}-progress`} className="block text-sm font-medium">
              {outcome.loaded < outcome.total ? "Uploading" : "Importing and recomputing qualifications"}
            </label>
            <progress id={`${id}-progress`} max={outcome.total || 1} value={outcome.loaded} className="w-full" />
          </div>
        ) : null}
        {outcome.kind === "refused" ? <RefusedList errors={outcome.errors} /> : null}
        {outcome.kind === "refused" && outcome.warnings.length > 0 ? <WarningList warnings={outcome.warnings} /> : null}
        {outcome.kind === "done" ? <ImportReport summary={outcome.summary} /> : null}
      </section>
    </div>
  );
}

function RefusedList({ errors }: { errors: ImportError[] }) {
  return (
    <div className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
      <h2 className="font-semibold">File refused: nothing was imported</h2>
      <p className="text-sm">Fix {errors.length === 1 ? "this problem" : `these ${errors.length} problems`} and upload the file again.</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {errors.map((e, i) => (
          <li key={i}>{errorLine(e)}</li>
        ))}
      </ul>
    </div>
  );
}

function WarningList({ warnings }: { warnings: ImportWarning[] }) {
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h2 className="font-semibold">{warnings.length === 1 ? "1 warning" : `${warnings.length} warnings`}: what the import did with fields that decide nothing</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {warnings.map((w, i) => (
          <li key={i}>{errorLine(w)}</li>
        ))}
      </ul>
    </div>
  );
}

function ImportReport({ summary }: { summary: ImportSummary }) {
  return (
    <div className="space-y-4">
      <div className="rounded-md border border-green-300 bg-green-50 p-4 text-green-900">
        <h2 className="font-semibold">
          {summary.dryRun ? "Preview, nothing written: would import" : "Imported"} {summary.rows} results into {summary.eventName} / {summary.raceName} (
          {summary.category ?? "not scored"}
          {summary.finalsQualifier ? ", Finals qualifier" : ""})
        </h2>
        <p className="text-sm">
          {summary.inserted} new, {summary.updated} updated, {summary.unchanged} unchanged, {summary.removed} removed. {summary.newlyQualified.length}{" "}
          {summary.dryRun ? "would be newly qualified" : "newly qualified"}.
        </p>
      </div>
      {summary.warnings.length > 0 ? <WarningList warnings={summary.warnings} /> : null}
      {summary.newlyQualified.length > 0 ? <QualifiedTable list={summary.newlyQualified} /> : null}
    </div>
  );
}

function QualifiedTable({ list }: { list: ImportedQualifier[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left text-base font-semibold">Newly qualified runners</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-3">Runner</th>
            <th scope="col" className="py-2 pr-3">Sex</th>
            <th scope="col" className="py-2 pr-3">Bib</th>
            <th scope="col" className="py-2 pr-3">Finals</th>
            <th scope="col" className="py-2">Why</th>
          </tr>
        </thead>
        <tbody>
          {list.map((q) => (
            <tr key={`${q.runnerId}-${q.editionYear}-${q.finalsRace}`} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-3 font-medium">{q.runnerName}</th>
              <td className="py-2 pr-3">{sexLabel(q.sex)}</td>
              <td className="py-2 pr-3">{q.bib}</td>
              <td className="py-2 pr-3">
                {q.finalsRace} {q.editionYear}
              </td>
              <td className="py-2">{q.reasons.map(describeReason).join("; ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
