import Link from "next/link";

const steps = [
  {
    title: "Your results arrive",
    body: "Race organisers send results by file, API or command line. Your UTMB Score and Index are recomputed at once.",
  },
  {
    title: "Your status is clear",
    body: "For OCC, CCC and UTMB you see whether you are qualified, and why: a podium at a World Series Event or Major, an age-group place at a Major, or a score at or above the threshold. If not, you see what was closest.",
  },
  {
    title: "Your requests are decided",
    body: "Ask for a change of category, a priority deferral after an injury, or an extension of the qualification period, with your documents. The elite team decides and you see every step.",
  },
];

export default function HomePage() {
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">
          Are you qualified for the UTMB World Series Finals?
        </h1>
        <p className="max-w-2xl text-lg text-slate-700">
          Finals Portal tells trail runners, the moment their race results are in, whether they have earned a
          direct place at OCC, CCC or UTMB, and lets the elite team decide category changes and injury requests.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link
            href="/dashboard"
            className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-medium text-white hover:bg-brand-900"
          >
            Open my dashboard
          </Link>
          <Link
            href="#how-it-works"
            className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-5 font-medium hover:bg-slate-100"
          >
            How qualification works
          </Link>
        </div>
      </section>

      <section aria-labelledby="steps-heading" className="space-y-4">
        <h2 id="steps-heading" className="text-xl font-semibold">
          What the portal does
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          {steps.map((step, i) => (
            <li key={step.title} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="text-sm font-semibold text-brand-700">Step {i + 1}</p>
              <h3 className="mt-1 font-semibold">{step.title}</h3>
              <p className="mt-2 text-slate-700">{step.body}</p>
            </li>
          ))}
        </ol>
      </section>

      <section id="how-it-works" aria-labelledby="rules-heading" className="space-y-3">
        <h2 id="rules-heading" className="text-xl font-semibold">
          How direct qualification works
        </h2>
        <ul className="list-disc space-y-2 pl-5 text-slate-700">
          <li>
            Only races at UTMB World Series <strong>Events</strong> and <strong>Majors</strong> qualify, in the 50K,
            100K and 100M categories, for the Finals race of the same category: OCC, CCC or UTMB. A 20K result does
            not qualify directly.
          </li>
          <li>Races run in the calendar year before the Finals count: 2026 races qualify for the 2027 Finals.</li>
          <li>
            The top 3 women and men of each qualifying race at an Event, and the top 10 at a Major, qualify. Ties
            share the place.
          </li>
          <li>
            A UTMB Score at or above the threshold for your sex and category also qualifies, so you know at the finish
            line.
          </li>
          <li>Each Major also awards places by age group.</li>
        </ul>
      </section>
    </div>
  );
}
