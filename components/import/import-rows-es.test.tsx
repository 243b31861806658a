import { describe, expect, it } from "vitest";
import { markupWithIntl } from "@/tests/helpers/render-with-intl";
import { formMessage } from "@/lib/forms/form-message";
import type { ImportRowView } from "@/lib/import/import-views";
import { ImportRows } from "./import-rows";

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&quot;/g, '"').replace(/&#x27;/g, "'");

const rows: ImportRowView[] = [
  { rowNumber: 2, externalId: "E1", name: "Círculo Nuevo", outcome: "NEW", problems: [], listing: null },
  {
    rowNumber: 3,
    externalId: "E1",
    name: "Otro",
    outcome: "ERROR",
    problems: [
      { column: "id", value: "E1", message: formMessage("Import.repeatedId", { row: 2 }) },
      { column: "free", value: "quizás", message: formMessage("Import.yesOrNo") },
      // A row checked before problems were stored as keys: shown as it was written.
      { column: "town", value: "", message: "We couldn't find that town or postcode." },
    ],
    listing: null,
  },
];

describe("an import's rows for a moderator working in Spanish", () => {
  it("word each row and its problems in Spanish, with the column and the value as the file gave them", () => {
    const page = text(markupWithIntl(<ImportRows rows={rows} written={false} caption="Filas de grupos.csv" />, "es"));
    expect(page).toContain("FilaIdNombreQué pasará");
    expect(page).toContain("Nuevo");
    expect(page).toContain("id “E1”: La fila 2 también tiene este id: dale a cada fila un id propio.");
    expect(page).toContain("free “quizás”: Escribe sí o no.");
    expect(page).toContain("town (vacía): We couldn't find that town or postcode.");
    expect(page).not.toMatch(/What will happen|Write yes or no|has this id too/);
  });

  it("say the rows were skipped once the import is written", () => {
    expect(text(markupWithIntl(<ImportRows rows={rows} written caption="x" />, "es"))).toContain("Error: omitida");
    expect(text(markupWithIntl(<ImportRows rows={[]} written caption="x" />, "es"))).toBe("No hay filas aquí.");
  });
});
