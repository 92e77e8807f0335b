import Link from "next/link";

export default function NotFound() {
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p>This page does not exist, or you do not have access to it.</p>
      <Link href="/" className="inline-flex min-h-11 items-center text-brand-700 underline">
        Back to the home page
      </Link>
    </section>
  );
}
