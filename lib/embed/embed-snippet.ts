const attribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export const EMBED_HEIGHT = 640;

/**
 * The HTML a partner pastes into their page: a frame of /embed/groups with the search's
 * parameters. It has a title (screen readers announce frames by it), fills the width it
 * is given up to a comfortable reading width, and loads only when scrolled near.
 */
export function embedSnippet({ src, title, height = EMBED_HEIGHT }: { src: string; title: string; height?: number }): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${Math.round(height)}" style="border:0;max-width:40rem" loading="lazy"></iframe>`;
}

/** A plain link to the same search, for pages that cannot hold a frame (newsletters, some site builders). */
export function linkSnippet({ href, text }: { href: string; text: string }): string {
  return `<a href="${attribute(href)}">${attribute(text)}</a>`;
}
