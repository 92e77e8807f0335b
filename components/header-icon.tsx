/** The header's small line icons (decorative: the link or button around each carries its name). */
export type HeaderIconName = "brand" | "dashboard" | "requests" | "bell" | "sign-out";

const PATHS: Record<HeaderIconName, string> = {
  brand: "M2 20l7-12 4 6 3-4 6 10z",
  dashboard: "M4 4h7v7H4zM13 4h7v4h-7zM13 10h7v10h-7zM4 13h7v7H4z",
  requests: "M7 3h7l5 5v13H7zM14 3v5h5M10 13h6M10 17h6",
  bell: "M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9M13.7 21a2 2 0 0 1-3.4 0",
  "sign-out": "M15 4h4v16h-4M10 8l-4 4 4 4M6 12h10",
};

export function HeaderIcon({ name, className }: { name: HeaderIconName; className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className={className} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d={PATHS[name]} />
    </svg>
  );
}
