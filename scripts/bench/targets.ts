export type Check = { what: string; ok: boolean; value: string };

/** Prints each target with its figure; true when every one is met. */
export function printVerdict(checks: Check[]): boolean {
  console.log("\nTargets");
  for (const check of checks) console.log(`${check.ok ? "met    " : "MISSED "} ${check.what.padEnd(64)} ${check.value}`);
  const missed = checks.filter((c) => !c.ok).length;
  console.log(missed === 0 ? "\nEvery target met." : `\n${missed} of ${checks.length} targets missed.`);
  return missed === 0;
}
