import type { RequestProblem } from "@/lib/domain/requests";

/** The sentence for a refused withdrawal or comment (the data layer answers with codes). */
export function requestChangeRefusal(failure: RequestProblem, verb: string): string {
  switch (failure.error) {
    case "runner-not-found":
      return "Link your account to your runner profile first.";
    case "request-closed":
      return `This request is ${failure.status.replace("_", " ")}: it can no longer be ${verb}.`;
    default:
      return "We could not find this request.";
  }
}
