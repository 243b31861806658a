import { HTML_ONLY_MARKER } from "@/lib/http/html-only";

type Props = {
  /** A request header the page depends on, besides its address: caches keep one copy per value, ours none. */
  variesOn?: "Accept-Language";
};

/**
 * Put on a page that needs nothing of React in the browser (text, links, GET forms, forms
 * that post without JavaScript): it is then sent as plain HTML, without Next.js's scripts.
 * See lib/http/html-only.ts.
 */
export function HtmlOnly({ variesOn }: Props) {
  return <meta name={HTML_ONLY_MARKER.name} content={HTML_ONLY_MARKER.content} data-vary={variesOn} />;
}
