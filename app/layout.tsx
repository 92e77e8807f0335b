import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { inter } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Finals Portal", template: "%s · Finals Portal" },
  description:
    "Know the moment your results are in whether you are qualified for the UTMB World Series Finals, and follow your requests to the elite team.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1e40af" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <SiteHeader />
        {/* At least a screen tall: the footer starts below the fold, so content that grows after the first
            paint (a streamed part, the queue's next page) never pushes a visible footer down (a layout shift). */}
        <main id="main" className="mx-auto min-h-dvh w-full max-w-5xl px-4 py-6 sm:py-10">
          {children}
        </main>
        <footer className="mx-auto max-w-5xl px-4 pb-8 text-sm text-slate-600">
          Finals Portal applies the published rules of the UTMB World Series Finals elite qualification.
        </footer>
      </body>
    </html>
  );
}
