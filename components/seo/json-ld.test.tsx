// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { JsonLd } from "./json-ld";

afterEach(cleanup);

const data = { "@context": "https://schema.org", "@type": "Article", headline: "Baby blues </script><img src=x onerror=alert(1)>" };

describe("JsonLd", () => {
  it("renders one JSON-LD data block whose text cannot end the script early", () => {
    const html = renderToStaticMarkup(<JsonLd data={data} />);
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toContain("<img");
  });

  it("holds the data, parseable as JSON", () => {
    const { container } = render(<JsonLd data={data} />);
    const script = container.querySelector('script[type="application/ld+json"]');
    expect(JSON.parse(script?.textContent ?? "")).toEqual(data);
  });
});
