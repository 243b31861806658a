import * as rruleModule from "rrule";

// rrule ships a UMD build for Node and ES modules for bundlers. Node's own ESM loader sees
// only a default export (a named `import { RRule }` fails in plain `node` scripts), while
// bundlers and vitest see named ones. This takes RRule from whichever is there.
type RRuleModule = typeof rruleModule;
const resolved: RRuleModule = (rruleModule as Partial<RRuleModule>).RRule
  ? rruleModule
  : (rruleModule as unknown as { default: RRuleModule }).default;

export const RRule = resolved.RRule;
export type RRule = rruleModule.RRule;
