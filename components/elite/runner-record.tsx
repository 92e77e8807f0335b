import { useLocale, useTranslations } from "next-intl";
import { words } from "@/lib/i18n/words";
import type { FinalsRaceStatus } from "@/lib/domain/qualification";
import type { FinalsEditionConfig, FinalsRace, Sex } from "@/lib/domain/types";
import { INDEX_WEIGHTS, type UtmbIndex } from "@/lib/domain/utmb-index";
import { finalsStatusViews } from "@/components/dashboard/finals-status-view";
import { indexEntryViews, indexExplanationLines, resultRowViews } from "@/components/dashboard/view-model";
import { FinalsStatusCards } from "@/components/dashboard/finals-status-card";
import { IndexSummary } from "@/components/dashboard/index-summary";
import { ResultsList } from "@/components/dashboard/results-list";

/** The parts of the runner's dashboard the record shows (the data layer's dashboard fits it). */
export interface RunnerRecordProps {
  dashboard: {
    runner: { sex: Sex };
    edition: FinalsEditionConfig;
    status: Record<FinalsRace, FinalsRaceStatus>;
    index: UtmbIndex;
    results: Parameters<typeof resultRowViews>[0];
  };
  today: string;
}

/** The runner's qualifications (R13), index (R6) and results, as the reviewer needs them beside the request. */
export function RunnerRecord({ dashboard, today }: RunnerRecordProps) {
  const t = useTranslations("eliteRequest.record");
  const w = words(useLocale());
  const { runner, edition, status, index, results } = dashboard;
  return (
    <div className="space-y-8">
      <section aria-labelledby="runner-status-heading" className="space-y-3">
        <h2 id="runner-status-heading" className="text-xl font-semibold">
          {t("qualifications", { year: edition.year })}
        </h2>
        <FinalsStatusCards cards={finalsStatusViews(status, runner.sex, edition, today, results, w)} />
      </section>
      <section aria-labelledby="runner-index-heading" className="space-y-3">
        <h2 id="runner-index-heading" className="text-xl font-semibold">
          {t("index")}
        </h2>
        <IndexSummary entries={indexEntryViews(index, w)} explanation={indexExplanationLines(INDEX_WEIGHTS, w)} />
      </section>
      <section aria-labelledby="runner-results-heading" className="space-y-3">
        <h2 id="runner-results-heading" className="text-xl font-semibold">
          {t("results")}
        </h2>
        <ResultsList rows={resultRowViews(results, index, Number(edition.qualificationEnd.slice(0, 4)), w)} />
      </section>
    </div>
  );
}
