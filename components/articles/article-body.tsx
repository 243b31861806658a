import { Link } from "@/lib/i18n/navigation";
import Markdown, { type Components } from "react-markdown";
import { remarkSmartQuotes } from "@/lib/articles/smart-quotes";

const components: Components = {
  // Links within the site go through next/link; any other link opens as a plain anchor.
  a: ({ href = "", children }) =>
    href.startsWith("/") && !href.startsWith("//") ? (
      <Link href={href}>{children}</Link>
    ) : (
      <a href={href} rel="noopener noreferrer">
        {children}
      </a>
    ),
};

/**
 * An article's Markdown as HTML, on the server. Raw HTML in the source is dropped, not
 * rendered, and unsafe link protocols are removed (react-markdown's defaults), so the text
 * can never inject markup or script into the page.
 */
export function ArticleBody({ markdown }: { markdown: string }) {
  return (
    <div className="prose-village">
      <Markdown skipHtml remarkPlugins={[remarkSmartQuotes]} components={components}>
        {markdown}
      </Markdown>
    </div>
  );
}
