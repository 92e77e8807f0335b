import type { ReactNode } from "react";
import { QueryProvider } from "@/components/providers/query-provider";

/** The elite team's section: the only one that loads React Query (the review queue). */
export default function EliteLayout({ children }: { children: ReactNode }) {
  return <QueryProvider>{children}</QueryProvider>;
}
