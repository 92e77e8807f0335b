import Link from "next/link";

export default function RequestNotFound() {
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Request not found</h1>
      <p>This request does not exist, or it is not yours.</p>
      <Link href="/requests" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
        Back to my requests
      </Link>
    </section>
  );
}
