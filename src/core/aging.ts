import type { Day } from "./days";

/** The Credit Research Foundation's extended buckets: Current, 1-30, 31-60, 61-90, 91-120, 120+. */
export const defaultBucketEdges: readonly number[] = [30, 60, 90, 120];

/**
 * Days past due on `asOf`: positive when overdue, 0 on the due date, negative before it.
 *
 * @example
 * daysOverdue(20454, 20488) //=> 34
 */
export function daysOverdue(dueDay: Day, asOf: Day): number {
  return asOf - dueDay;
}

/**
 * The aging bucket of a debt: "Current" up to the due date, then one bucket per edge
 * ("1-30" holds days 1 to 30), then "<last edge>+".
 *
 * @param days - days past due
 * @param edges - the buckets' upper bounds in days, increasing, above 0
 *
 * @example
 * agingBucket(0)   //=> "Current"
 * agingBucket(31)  //=> "31-60"
 * agingBucket(121) //=> "120+"
 * agingBucket(45, [15, 45]) //=> "16-45"
 */
export function agingBucket(days: number, edges: readonly number[] = defaultBucketEdges): string {
  return bucketLabels(edges)[bucketIndex(days, edges)] ?? "Current";
}

/**
 * The index of a debt's bucket in `bucketLabels(edges)`: 0 is Current.
 *
 * @example
 * bucketIndex(31, [30, 60]) //=> 2
 */
export function bucketIndex(days: number, edges: readonly number[] = defaultBucketEdges): number {
  if (days <= 0) return 0;
  let index = 1;
  for (const edge of edges) {
    if (days <= edge) return index;
    index += 1;
  }
  return index;
}

const labelCache = new WeakMap<readonly number[], readonly string[]>();

/**
 * The labels of the buckets that `edges` make, Current first.
 *
 * @example
 * bucketLabels([30, 60]) //=> ["Current", "1-30", "31-60", "60+"]
 */
export function bucketLabels(edges: readonly number[] = defaultBucketEdges): readonly string[] {
  const cached = labelCache.get(edges);
  if (cached) return cached;
  const labels = ["Current"];
  let from = 1;
  for (const edge of edges) {
    labels.push(`${from}-${edge}`);
    from = edge + 1;
  }
  labels.push(`${edges.at(-1) ?? 0}+`);
  labelCache.set(edges, labels);
  return labels;
}

/**
 * Whether bucket edges are usable: whole days above 0, strictly increasing.
 *
 * @example
 * areBucketEdges([30, 60, 90]) //=> true
 * areBucketEdges([60, 30])     //=> false
 */
export function areBucketEdges(edges: readonly number[]): boolean {
  return edges.every((edge, i) => Number.isInteger(edge) && edge > 0 && (i === 0 || edge > (edges[i - 1] ?? 0)));
}
