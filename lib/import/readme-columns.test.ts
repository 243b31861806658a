import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HSDS_FLAGS } from "./read-hsds";
import { SPREADSHEET_COLUMNS } from "./spreadsheet-columns";

// The README's "Importing listings" is where people look up the columns: it must name every one.
const readme = fs.readFileSync(path.join(import.meta.dirname, "../../README.md"), "utf8");
const section = readme.slice(readme.indexOf("## Importing listings"), readme.indexOf("## Visitors' addresses"));

describe("the README's import section", () => {
  it("explains every spreadsheet column (meeting blocks by the first) and every HSDS attribute code", () => {
    for (const column of SPREADSHEET_COLUMNS.filter((c) => !/^meeting_[2-9]_/.test(c.header))) expect(section, column.header).toContain(`| \`${column.header}\` |`);
    for (const code of Object.values(HSDS_FLAGS)) expect(section, code).toContain(`\`${code}\``);
  });
});
