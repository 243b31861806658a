import * as rruleModule from "rrule";

// rrule ships CommonJS for Node and ES modules for bundlers; Node's ESM loader sees only
// a default export, bundlers see named ones. This reads RRule from whichever is there.
type RRuleModule = typeof rruleModule;
const resolved: RRuleModule = (rruleModule as RRuleModule & { default?: RRuleModule }).RRule
  ? rruleModule
  : (rruleModule as unknown as { default: RRuleModule }).default;

export const RRule = resolved.RRule;
export type RRule = rruleModule.RRule;
export type RRuleOptions = rruleModule.Options;
