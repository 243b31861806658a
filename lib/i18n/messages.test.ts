import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "@/messages/en";
import es from "@/messages/es";
import { describeRule } from "@/lib/schedule";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The arguments and rich-text tags a message uses, e.g. ["count", "<link>"]. */
function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) found.add(element.value);
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      found.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
    if (element.type === TYPE.tag) {
      found.add(`<${element.value}>`);
      argumentsOf(element.children, found);
    }
  }
  return found;
}

const english = flatten(en as Tree);
const spanish = flatten(es as Tree);

describe("the message files", () => {
  it("have exactly the same keys in every language", () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each([...english.keys()])("%s parses as ICU in every language, with the same arguments", (key) => {
    const en = argumentsOf(parse(english.get(key)!));
    const es = argumentsOf(parse(spanish.get(key)!));
    expect([...es].sort()).toEqual([...en].sort());
  });
});

describe("schedule wording in Spanish", () => {
  it("says the nth weekday of the month and every two weeks as a Spanish speaker would", () => {
    expect(describeRule({ frequency: "MONTHLY_NTH", weekday: "TU", nthWeek: 2 }, "es")).toBe("Segundo martes de cada mes");
    expect(describeRule({ frequency: "FORTNIGHTLY", weekday: "WE", nthWeek: null }, "es")).toBe("Cada dos semanas, los miércoles");
    expect(describeRule({ frequency: "WEEKLY", weekday: "SA", nthWeek: null }, "es")).toBe("Todos los sábados");
    expect(describeRule({ frequency: "MONTHLY_LAST", weekday: "FR", nthWeek: null }, "es")).toBe("Último viernes de cada mes");
  });
});
