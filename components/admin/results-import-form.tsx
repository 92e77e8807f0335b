"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import type { ImportedQualifier, ImportSummary } from "@/lib/ingest/types";
import type { ImportError, ImportWarning } from "@/lib/ingest/problems";
import { EVENT_LEVELS } from "@/lib/domain/types";
import { reasonText } from "@/lib/format/reason-text";
import { DataTable } from "@/components/ui/data-table";
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

type ImportT = ReturnType<typeof useTranslations<"admin.imports">>;

// The problems' own text comes from the import (lib/ingest), in English for now; the frame is translated.
function errorLine(t: ImportT, e: ImportError): string {
  return e.line === null ? e.message : t("line", { line: e.line, message: e.message });
}

/** Upload with a progress bar (XMLHttpRequest reports upload progress; fetch does not). */
export function ResultsImportForm({ maxMb }: ResultsImportFormProps) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: "idle" });
  const [fileError, setFileError] = useState<string[] | undefined>();
  const [eventError, setEventError] = useState<string[] | undefined>();
  const id = useId();
  const t = useTranslations("admin.imports");
  const levelName = useTranslations("labels.level");
  const pending = outcome.kind === "uploading";

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    const eventName = String(data.get("event") ?? "").trim();
    const fileMissing = !(file instanceof File) || file.size === 0;
    setFileError(fileMissing ? [t("fileMissing")] : file.size > maxMb * 1024 * 1024 ? [t("fileTooLarge", { maxMb })] : undefined);
    setEventError(eventName ? undefined : [t("eventMissing")]);
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
    xhr.onerror = () => setOutcome({ kind: "refused", warnings: [], errors: [{ line: null, column: null, message: t("uploadFailed") }] });
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
        setOutcome({ kind: "refused", warnings, errors: errors ?? [{ line: null, column: null, message: t("serverAnswered", { status: xhr.status }) }] });
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
            {t("file")}
          </label>
          <p id={`${id}-file-hint`} className="text-sm text-slate-600">
            {t("fileHint", { maxMb })}
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
        <FormField id={`${id}-event`} name="event" label={t("event")} hint={t("eventHint")} required autoComplete="off" errors={eventError} />
        <div className="space-y-1">
          <label htmlFor={`${id}-level`} className="block font-medium">
            {t("level")}
          </label>
          <select id={`${id}-level`} name="level" defaultValue="event" className="block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2">
            {EVENT_LEVELS.map((level) => (
              <option key={level} value={level}>
                {levelName(level)}
              </option>
            ))}
          </select>
        </div>
        <FormField id={`${id}-year`} name="year" label={t("year")} hint={t("yearHint")} inputMode="numeric" autoComplete="off" />
        <FormField id={`${id}-race`} name="race" label={t("race")} hint={t("raceHint")} autoComplete="off" />
        <div className="space-y-1">
          <label htmlFor={`${id}-qualifier`} className="block font-medium">
            {t("qualifier")}
          </label>
          <p id={`${id}-qualifier-hint`} className="text-sm text-slate-600">
            {t("qualifierHint")}
          </p>
          <select id={`${id}-qualifier`} name="qualifier" defaultValue="" aria-describedby={`${id}-qualifier-hint`} className="block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2">
            <option value="">{t("qualifierDefault")}</option>
            <option value="true">{t("qualifierYes")}</option>
            <option value="false">{t("qualifierNo")}</option>
          </select>
        </div>
        <div className="flex items-start gap-2">
          <input id={`${id}-partial`} name="partial" type="checkbox" className="mt-1 size-5" aria-describedby={`${id}-partial-hint`} />
          <div>
            <label htmlFor={`${id}-partial`} className="font-medium">
              {t("partial")}
            </label>
            <p id={`${id}-partial-hint`} className="text-sm text-slate-600">
              {t("partialHint")}
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
          <SubmitButton pending={pending} pendingLabel={t("previewing")} name="intent" value="preview">
            {t("preview")}
          </SubmitButton>
          <SubmitButton pending={pending} pendingLabel={t("importing")} name="intent" value="import">
            {t("import")}
          </SubmitButton>
        </div>
      </form>

      <section id={`${id}-status`} aria-live="polite" aria-label={t("resultLabel")} className="space-y-4">
        {outcome.kind === "uploading" ? (
          <div className="space-y-1">
            <label htmlFor={`${id}-progress`} className="block text-sm font-medium">
              {outcome.loaded < outcome.total ? t("uploading") : t("processing")}
            </label>
            <progress id={`${id}-progress`} max={outcome.total || 1} value={outcome.loaded} className="w-full" />
          </div>
        ) : null}
        {outcome.kind === "refused" ? <ProblemList tone="refused" problems={outcome.errors} /> : null}
        {outcome.kind === "refused" && outcome.warnings.length > 0 ? <ProblemList tone="warnings" problems={outcome.warnings} /> : null}
        {outcome.kind === "done" ? <ImportReport summary={outcome.summary} /> : null}
      </section>
    </div>
  );
}

const PROBLEM_TONE = {
  refused: "border-red-300 bg-red-50 text-red-900",
  warnings: "border-amber-300 bg-amber-50 text-amber-950",
} as const;

/** The file's problems by line: what refused it (red), or what was left out with a warning (amber). */
function ProblemList({ tone, problems }: { tone: keyof typeof PROBLEM_TONE; problems: (ImportError | ImportWarning)[] }) {
  const t = useTranslations("admin.imports");
  return (
    <div className={`rounded-md border p-4 ${PROBLEM_TONE[tone]}`}>
      <h2 className="font-semibold">{tone === "refused" ? t("refused") : t("warnings", { count: problems.length })}</h2>
      {tone === "refused" ? <p className="text-sm">{t("fix", { count: problems.length })}</p> : null}
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {problems.map((problem, i) => (
          <li key={i}>{errorLine(t, problem)}</li>
        ))}
      </ul>
    </div>
  );
}

function ImportReport({ summary }: { summary: ImportSummary }) {
  const t = useTranslations("admin.imports");
  const notScored = useTranslations("admin.event")("notScored");
  return (
    <div className="space-y-4">
      <div className="rounded-md border border-green-300 bg-green-50 p-4 text-green-900">
        <h2 className="font-semibold">
          {t("done", {
            dryRun: String(summary.dryRun),
            rows: summary.rows,
            event: summary.eventName,
            race: summary.raceName,
            category: summary.category ?? notScored,
            qualifier: String(summary.finalsQualifier),
          })}
        </h2>
        <p className="text-sm">
          {t("counts", {
            inserted: summary.inserted,
            updated: summary.updated,
            unchanged: summary.unchanged,
            removed: summary.removed,
            qualified: summary.newlyQualified.length,
            dryRun: String(summary.dryRun),
          })}
        </p>
      </div>
      {summary.warnings.length > 0 ? <ProblemList tone="warnings" problems={summary.warnings} /> : null}
      {summary.newlyQualified.length > 0 ? <QualifiedTable list={summary.newlyQualified} /> : null}
    </div>
  );
}

function QualifiedTable({ list }: { list: ImportedQualifier[] }) {
  const t = useTranslations("admin.imports");
  const reasons = useTranslations("admin.reasons");
  const sex = useTranslations("labels.sexName");
  return (
    <DataTable caption={t("qualifiedCaption")} showCaption columns={[t("runner"), t("sex"), t("bib"), t("finals"), t("why")]}>
          {list.map((q) => (
            <tr key={`${q.runnerId}-${q.editionYear}-${q.finalsRace}`} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-3 font-medium">{q.runnerName}</th>
              <td className="py-2 pr-3">{sex(q.sex)}</td>
              <td className="py-2 pr-3">{q.bib}</td>
              <td className="py-2 pr-3">
                {q.finalsRace} {q.editionYear}
              </td>
              <td className="py-2">{q.reasons.map((r) => reasonText(reasons, r)).join("; ")}</td>
            </tr>
          ))}
    </DataTable>
  );
}
