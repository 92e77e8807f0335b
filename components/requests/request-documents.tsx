import { useTranslations } from "next-intl";
import { formatFileSize } from "@/lib/uploads/documents";
import type { RequestViewDocument } from "./request-view";

export interface RequestDocumentsProps {
  documents: RequestViewDocument[];
  /** "inline": images shown on the page and PDFs opened in a new tab (the elite team's evidence); "download": links that save the file. */
  mode: "inline" | "download";
}

const linkClass = "inline-flex min-h-11 min-w-0 items-center break-all font-medium text-brand-700 underline";

/** A request's documents, served by /requests/documents/[id] (owner and elite team only, sandboxed). */
export function RequestDocuments({ documents, mode }: RequestDocumentsProps) {
  const t = useTranslations("requests.documents");
  if (documents.length === 0) return <p className="text-slate-700">{t("none")}</p>;
  if (mode === "download") {
    return (
      <ul className="space-y-2">
        {documents.map((d) => (
          <li key={d.id} className="flex flex-wrap items-center gap-x-3 rounded-lg border border-slate-200 bg-white px-4 py-1">
            <a href={`/requests/documents/${d.id}`} download={d.fileName} className={linkClass}>
              <span className="sr-only">{t("download")} </span>
              {d.fileName}
            </a>
            <span className="text-sm text-slate-600">{formatFileSize(d.sizeBytes)}</span>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="space-y-3">
      {documents.map((d) => {
        const href = `/requests/documents/${d.id}?inline=1`;
        const isImage = d.mimeType === "image/png" || d.mimeType === "image/jpeg";
        return (
          <li key={d.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
            {isImage ? (
              // eslint-disable-next-line @next/next/no-img-element -- a private, per-user file: next/image would cache it
              <img src={href} alt={t("image", { name: d.fileName })} className="max-h-[28rem] w-auto max-w-full rounded border border-slate-200" />
            ) : null}
            <p className="flex flex-wrap items-center gap-x-4">
              <a href={href} target="_blank" rel="noopener" className={linkClass}>
                {d.fileName}
                <span className="sr-only"> {t("newTab")}</span>
              </a>
              <span className="text-sm text-slate-600">
                {t("kind", { kind: d.mimeType === "application/pdf" ? "pdf" : isImage ? "image" : "file" })} · {formatFileSize(d.sizeBytes)}
              </span>
              <a href={`/requests/documents/${d.id}`} download={d.fileName} className="inline-flex min-h-11 items-center text-sm text-brand-700 underline">
                {t("download")}
                <span className="sr-only"> {d.fileName}</span>
              </a>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
