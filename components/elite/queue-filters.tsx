"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { REQUEST_STATUSES, REQUEST_TYPES } from "@/lib/domain/requests";
import { QUEUE_PAGE_SIZES } from "@/lib/domain/review-queue";
import { FINALS_RACES, SEXES } from "@/lib/domain/types";
import { translateIssue } from "@/lib/i18n/validation";
import { QUEUE_PARAM_NAMES, reviewQueueFiltersSchema, type ReviewQueueFilters } from "@/lib/validations/review-queue";
/** Typing waits this long before the queue is asked again. */
const TYPING_DELAY_MS = 300;

export const controlClass = "block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base";

export interface QueueFiltersProps {
  filters: ReviewQueueFilters;
  editions: number[];
  /** Called with valid filters (page back to 1) as the reviewer types or picks. */
  onChange: (filters: ReviewQueueFilters, how: "push" | "replace") => void;
  /** Changes when the fields must show the URL again (back/forward). */
  resetKey: number;
}

function activeCount(filters: ReviewQueueFilters): number {
  return [filters.type, filters.edition, filters.race, filters.sex, filters.from, filters.to, filters.q].filter((v) => v !== undefined).length + (filters.status === "open" ? 0 : 1);
}

/** The queue's filters: they apply as you type (no button), fold away on phones, and refuse an inverted date range. */
export function QueueFilters({ filters, editions, onChange, resetKey }: QueueFiltersProps) {
  const t = useTranslations("eliteQueue.filters");
  const labels = useTranslations("labels");
  // The schema's messages are keys of `eliteQueue.invalid` (a size check's limit fills its {maximum}).
  const tAll = useTranslations();
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => () => clearTimeout(timer.current), []);

  function apply(how: "push" | "replace") {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    const raw: Record<string, string> = {};
    for (const name of QUEUE_PARAM_NAMES) {
      const value = data.get(name);
      if (typeof value === "string" && value.trim() !== "") raw[name] = value.trim();
    }
    raw.sort = filters.sort;
    raw.dir = filters.dir;
    const parsed = reviewQueueFiltersSchema.safeParse(raw);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), translateIssue(i, tAll)])));
      return;
    }
    setErrors({});
    onChange({ ...parsed.data, page: 1 }, how);
  }

  /** Empties every filter (the sort and the page size stay) and shows the queue again. */
  function clear() {
    const form = formRef.current;
    if (!form) return;
    clearTimeout(timer.current);
    for (const input of form.querySelectorAll("input")) input.value = "";
    for (const select of form.querySelectorAll("select")) {
      if (select.name === "status") select.value = "open";
      else if (select.name !== "pageSize") select.value = "";
    }
    apply("push");
  }

  function onInput(event: React.FormEvent<HTMLFormElement>) {
    const target = event.target as HTMLInputElement;
    clearTimeout(timer.current);
    if (target.type === "search") timer.current = setTimeout(() => apply("replace"), TYPING_DELAY_MS);
    else apply("push");
  }

  const count = activeCount(filters);
  return (
    <div className="rounded-lg border border-slate-200 bg-white">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="queue-filters"
        onClick={() => setOpen((o) => !o)}
        className="flex min-h-11 w-full items-center justify-between px-4 font-semibold md:hidden"
      >
        {t("toggle", { count })}
        <span aria-hidden="true">{open ? "▲" : "▼"}</span>
      </button>
      <form
        id="queue-filters"
        ref={formRef}
        key={resetKey}
        onInput={onInput}
        onSubmit={(e) => {
          e.preventDefault();
          apply("push");
        }}
        aria-labelledby="filters-heading"
        className={`${open ? "block" : "hidden"} space-y-4 p-4 md:block`}
      >
        <h2 id="filters-heading" className="hidden text-lg font-semibold md:block">
          {t("heading")}
        </h2>
        <p className="hidden text-sm text-slate-600 md:block">{t("live")}</p>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Field id="queue-q" label={t("q")} className="sm:col-span-2">
            <input id="queue-q" name="q" type="search" defaultValue={filters.q ?? ""} autoComplete="off" className={controlClass} />
          </Field>
          <Select id="queue-type" name="type" label={t("type")} value={filters.type ?? ""} options={[["", t("allTypes")], ...REQUEST_TYPES.map((type) => [type, labels(`requestType.${type}`)] as const)]} />
          <Select
            id="queue-status"
            name="status"
            label={t("status")}
            value={filters.status}
            options={[["open", t("open")], ...REQUEST_STATUSES.map((status) => [status, labels(`requestStatus.${status}`)] as const), ["all", t("allStatuses")]]}
          />
          <Select id="queue-edition" name="edition" label={t("edition")} value={filters.edition ?? ""} options={[["", t("allEditions")], ...editions.map((y) => [String(y), String(y)] as const)]} />
          <Select id="queue-race" name="race" label={t("race")} value={filters.race ?? ""} options={[["", t("allRaces")], ...FINALS_RACES.map((race) => [race, race] as const)]} />
          <Select id="queue-sex" name="sex" label={t("sex")} value={filters.sex ?? ""} options={[["", t("bothSexes")], ...SEXES.map((sex) => [sex, labels(`sexName.${sex}`)] as const)]} />
          <Select id="queue-page-size" name="pageSize" label={t("pageSize")} value={filters.pageSize} options={QUEUE_PAGE_SIZES.map((n) => [String(n), String(n)] as const)} />
          <Field id="queue-from" label={t("from")}>
            <input id="queue-from" name="from" type="date" defaultValue={filters.from ?? ""} max={filters.to} className={controlClass} />
          </Field>
          <Field id="queue-to" label={t("to")} error={errors.to ?? errors.from}>
            <input
              id="queue-to"
              name="to"
              type="date"
              defaultValue={filters.to ?? ""}
              min={filters.from}
              aria-invalid={errors.to || errors.from ? true : undefined}
              aria-describedby="queue-to-error"
              className={controlClass}
            />
          </Field>
        </div>
        <button type="button" onClick={clear} className="min-h-11 w-full rounded-md border border-slate-400 bg-white px-5 font-medium hover:bg-slate-50 sm:w-auto">
          {t("clear")}
        </button>
      </form>
    </div>
  );
}

function Field({ id, label, className, error, children }: { id: string; label: string; className?: string; error?: string | undefined; children: ReactNode }) {
  return (
    <div className={className ? `space-y-1 ${className}` : "space-y-1"}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {children}
      <div id={`${id}-error`} aria-live="polite">
        {error ? <p className="text-sm text-red-700">{error}</p> : null}
      </div>
    </div>
  );
}

function Select({ id, name, label, value, options }: { id: string; name: string; label: string; value: string | number; options: readonly (readonly [string, string])[] }) {
  return (
    <Field id={id} label={label}>
      <select id={id} name={name} defaultValue={value} className={controlClass}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );
}
