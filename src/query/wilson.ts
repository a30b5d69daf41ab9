const Z = 1.959963984540054;

/**
 * Lower bound of the 95% Wilson score interval for `up` of `total`: a review liked by 28 of 33
 * outranks one liked by 1 of 1, because the small sample leaves the true share uncertain.
 */
export function wilsonLowerBound(up: number, total: number): number {
  if (total <= 0) return 0;
  const p = up / total;
  const z2 = Z * Z;
  const centre = p + z2 / (2 * total);
  const margin = Z * Math.sqrt((p * (1 - p) + z2 / (4 * total)) / total);
  return Math.max(0, (centre - margin) / (1 + z2 / total));
}
