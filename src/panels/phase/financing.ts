/** The financing split of a proposal as people enter it: whole percentages per role that must add up to 100. */

export interface FinancingCheck {
  /** Shares of the local cost (0–1) for roles with a positive percentage. */
  shares: Record<string, number>;
  /** The entered percentages added up. */
  total: number;
  ok: boolean;
  /** Why it is not ok: the total is not 100, or an entry is not a number of at least 0. */
  problem?: 'total' | 'invalid';
}

/** Checks entered percentages and turns them into the shares a `table` or `amend` action carries. */
export function financingFromPercents(percents: Record<string, number>): FinancingCheck {
  const entries = Object.entries(percents);
  const total = entries.reduce((a, [, v]) => a + (Number.isFinite(v) ? v : 0), 0);
  const shares = Object.fromEntries(entries.filter(([, v]) => Number.isFinite(v) && v > 0).map(([role, v]) => [role, v / 100]));
  if (entries.some(([, v]) => !Number.isFinite(v) || v < 0)) return { shares, total, ok: false, problem: 'invalid' };
  if (Math.abs(total - 100) > 1e-6) return { shares, total, ok: false, problem: 'total' };
  return { shares, total, ok: true };
}

/** Shares (0–1) as whole percentages for the form; every listed role appears, missing ones at 0. */
export function percentsFromShares(shares: Record<string, number>, roles: readonly string[]): Record<string, number> {
  return Object.fromEntries(roles.map((r) => [r, Math.round((shares[r] ?? 0) * 100)]));
}
