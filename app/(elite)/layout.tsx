import type { ReactNode } from "react";
import { IntlProvider } from "@/components/i18n/intl-provider";
import { QueryProvider } from "@/components/providers/query-provider";

/** The elite team's section: the only one that loads React Query (the review queue). */
export default function EliteLayout({ children }: { children: ReactNode }) {
  // The runner's record reuses the dashboard's client parts (status cards, index, results), the queue the refusals.
  return (
    <IntlProvider namespaces={["dashboardUi", "refusals"]}>
      <QueryProvider>{children}</QueryProvider>
    </IntlProvider>
  );
}
