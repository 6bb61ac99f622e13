/**
 * The fake's surface, checked against @types/office-js at compile time: each fake class implements the
 * members of the real class that the add-in uses, with the real names, parameter types and property
 * types. Members that are objects of their own (range.format, worksheet.protection…) and the proxies that
 * methods return are checked by their own classes here, so they are left open at this level.
 */
/** Parameters as the real API takes them, but for proxies (a Range passed to names.add): the fake takes its own. */
type OpenArgs<A extends unknown[]> = { [I in keyof A]: OpenArg<A[I]> };
/** Distributes over a union: "string | Range" asks the fake to take a string, and a proxy of its own. */
type OpenArg<T> = T extends
  string | number | boolean | undefined | null | readonly (string | number)[]
  ? T
  : never;

type Open<T> = T extends (...args: infer A) => unknown
  ? (...args: OpenArgs<A>) => unknown
  : T extends string | number | boolean
    ? T
    : T extends readonly (infer E)[]
      ? E extends string | number | boolean
        ? T
        : unknown
      : unknown;

export type Surface<T, K extends keyof T> = { [P in K]: Open<T[P]> };

/** Read-only members: the fake offers them as getters. */
export type ReadSurface<T, K extends keyof T> = { readonly [P in K]: Open<T[P]> };
