import Link from "next/link";

export default function EliteNotFound() {
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p>This request does not exist, or you do not have access to it.</p>
      <Link href="/elite" className="inline-flex min-h-11 items-center text-brand-700 underline">
        Back to the review queue
      </Link>
    </section>
  );
}
