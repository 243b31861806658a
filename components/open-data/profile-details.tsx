import { HSDS_EXTENSIONS } from "@/lib/open-data/hsds/extensions";
import { TAXONOMIES, taxonomyAnchor, taxonomyId, termAnchor, termId } from "@/lib/open-data/hsds/taxonomies";

const codeClass = "rounded bg-paper-deep px-1.5 py-0.5 text-sm";

/** The OpenAPI description without its "Village extension:" prefix, as a sentence. */
const sentence = (description: string) => {
  const text = description.replace(/^Village extension: /, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** Village's extension fields, with the descriptions the OpenAPI document gives them. */
export function ExtensionFields() {
  return (
    <dl className="flex flex-col gap-3">
      {Object.entries(HSDS_EXTENSIONS).flatMap(([object, fields]) =>
        Object.entries(fields).map(([field, schema]) => (
          <div key={`${object}.${field}`}>
            <dt>
              <code className={codeClass}>
                {object}.{field}
              </code>
            </dt>
            <dd className="mt-1">{sentence(String(schema.description))}</dd>
          </div>
        )),
      )}
    </dl>
  );
}

/** Each of Village's taxonomies with its terms: the code, the words and the term's id. */
export function TaxonomyTerms() {
  return (
    <div className="flex flex-col gap-6">
      {TAXONOMIES.map((taxonomy) => (
        <section key={taxonomy.key} id={taxonomyAnchor(taxonomy)} aria-labelledby={`${taxonomyAnchor(taxonomy)}-heading`} className="flex flex-col gap-2">
          <h4 id={`${taxonomyAnchor(taxonomy)}-heading`} className="text-lg font-semibold">
            {taxonomy.name}
          </h4>
          <p>
            {taxonomy.description} Taxonomy id <code className={`${codeClass} break-all`}>{taxonomyId(taxonomy)}</code>.
          </p>
          <ul className="flex flex-col gap-2">
            {taxonomy.terms.map((term) => (
              <li key={term.code} id={termAnchor(taxonomy, term.code)}>
                <code className={codeClass}>{term.code}</code> {term.name}
                <span className="block break-all text-sm text-ink-muted">{termId(taxonomy, term.code)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
