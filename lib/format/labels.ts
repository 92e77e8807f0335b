/** Presentation helpers shared by pages and the command line: durations, scores, R21 in words. No rules here. */
import type { WhatItTakes } from "@/lib/domain/what-it-takes";
import type { Translator } from "@/lib/i18n/messages";

/** 31470 -> "8:44:30". */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "—";
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return `${h}:${String(m).padStart(2, "0")}:${String(sec).padStart(2, "0")}`;
}

export function formatScore(score: number | null): string {
  return score === null ? "—" : String(Math.round(score));
}

/** R21 in words: "under 11:24:00 scores 850", or that no earlier edition tells. */
export function whatItTakesText(w: WhatItTakes, t: Translator): string {
  return w.kind === "finish_time"
    ? t("labels.whatItTakes.finishTime", { time: formatDuration(w.underSeconds), threshold: w.threshold })
    : t("labels.whatItTakes.noEarlierEdition", { threshold: w.threshold });
}
