type Node = { type: string; value?: string; children?: Node[] };

/**
 * Typographic quotes for article text: ' becomes ’ and "…" becomes “…”, so writers can type
 * plain quotes. Code is left alone. Whether a " opens or closes depends on the character
 * before it, which may sit in the previous text node (after **bold** or a link).
 */
export function smartQuotes(text: string, before = " "): string {
  let previous = before;
  let result = "";
  for (const char of text) {
    if (char === "'") result += "’";
    else if (char === '"') result += /[\s([{\u2014\u2013-]/.test(previous) ? "“" : "”";
    else result += char;
    previous = char;
  }
  return result;
}

/** A remark plugin applying smartQuotes to every text node, in reading order. */
export function remarkSmartQuotes() {
  return (tree: Node) => {
    let previous = " ";
    const visit = (node: Node) => {
      if (node.type === "code" || node.type === "inlineCode") return;
      if (node.type === "text" && node.value) {
        node.value = smartQuotes(node.value, previous);
        previous = node.value.slice(-1);
      } else if (node.type === "paragraph" || node.type === "heading" || node.type === "listItem") {
        // A new block starts fresh: its first quote opens.
        previous = " ";
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
  };
}
