/** The search params a page receives (Next 16: a promise of this). */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a search param, or undefined. */
export function firstParam(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}
