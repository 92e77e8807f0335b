"use client";

import { useTranslations } from "next-intl";
import { forwardRef } from "react";

/** Each key and what it does (`eliteQueue.help.*`); Enter is named as the reader's keyboard names it. */
const KEYS = [
  ["j", "next"],
  ["k", "previous"],
  ["enterKey", "open"],
  ["x", "select"],
  ["s", "start"],
  ["?", "help"],
] as const;

/** The queue's keyboard help: a modal dialog (Escape or the button closes it). */
export const QueueHelp = forwardRef<HTMLDialogElement>(function QueueHelp(_props, ref) {
  const t = useTranslations("eliteQueue.help");
  return (
    <dialog ref={ref} aria-labelledby="queue-help-heading" className="m-auto max-w-md rounded-lg border border-slate-300 p-6 backdrop:bg-slate-900/40">
      <h2 id="queue-help-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        {KEYS.map(([key, what]) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="rounded border border-slate-400 bg-slate-50 px-2 py-0.5 font-mono">{key === "enterKey" ? t(key) : key}</kbd>
            </dt>
            <dd>{t(what)}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-4">
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-5 font-medium text-white hover:bg-brand-900">
          {t("close")}
        </button>
      </form>
    </dialog>
  );
});
