import { useLocale } from "next-intl";
import { Fragment, type ReactNode } from "react";

/** "A, B or C" with each choice its own element, joined by the language's own words. */
export function ChoiceList({ items }: { items: { key: string; node: ReactNode }[] }) {
  const locale = useLocale();
  const parts = new Intl.ListFormat(locale, { type: "disjunction" }).formatToParts(items.map((item) => item.key));
  let index = 0;
  return (
    <>
      {parts.map((part, i) => {
        if (part.type === "literal") return <Fragment key={`sep-${i}`}>{part.value}</Fragment>;
        const item = items[index++]!;
        return <Fragment key={item.key}>{item.node}</Fragment>;
      })}
    </>
  );
}
