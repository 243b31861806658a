import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import GlobalError from "./global-error";

// The page a failed root layout leaves: no next-intl provider above it, only the address.
const pathname = vi.hoisted(() => ({ current: "/" }));
vi.mock("next/navigation", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/navigation")>()), usePathname: () => pathname.current }));
// next/font is compiled by Next.js; the page's words do not depend on it.
vi.mock("@/components/site/fonts", () => ({ fontVariables: "" }));

afterEach(() => {
  pathname.current = "/";
});

const markupAt = (path: string) => {
  pathname.current = path;
  return renderToStaticMarkup(<GlobalError error={new Error("connection refused at db:5432")} retry={() => {}} />);
};

describe("the last-resort error page", () => {
  it("is Spanish at a Spanish address, with Spanish links", () => {
    const html = markupAt("/es/groups/circulo-de-mamas");
    expect(html).toContain('<html lang="es"');
    expect(html).toContain("<title>Algo salió mal · Village</title>");
    expect(html).toContain("Lo sentimos, algo ha fallado por nuestra parte");
    expect(html).toContain("Intentar de nuevo");
    expect(html).toContain('href="/es"');
    expect(html).toContain('<a href="/es/help-now">Consulta las líneas de crisis por país</a>');
    expect(html).not.toMatch(/Something went wrong|Try again|home page|crisis lines by country/);
    expect(html).not.toContain("connection refused");
  });

  it("is English everywhere else, as it always was", () => {
    const html = markupAt("/groups/some-group");
    expect(html).toContain('<html lang="en"');
    expect(html).toContain("<title>Something went wrong · Village</title>");
    expect(html).toContain("Sorry, something went wrong on our side");
    expect(html).toContain("It’s not anything you did. Please try again in a moment.");
    expect(html).toContain('href="/"');
    expect(html).toContain(
      'If you are in crisis or thinking of harming yourself or your baby, call or text 988 (US) or your local emergency number now. <a href="/help-now">See crisis lines by country</a>.',
    );
    expect(markupAt("/estonia")).toContain('<html lang="en"');
  });
});
