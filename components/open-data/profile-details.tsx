import { useTranslations } from "next-intl";
import { AUDIENCES, VENUE_TYPES, slugOf } from "@/lib/groups/vocabulary";
import { HSDS_EXTENSIONS } from "@/lib/open-data/hsds/extensions";
import { TAXONOMIES, taxonomyAnchor, taxonomyId, termAnchor, termId, type FeatureCode } from "@/lib/open-data/hsds/taxonomies";

const codeClass = "rounded bg-paper-deep px-1.5 py-0.5 text-sm";

type ExtensionKey = "service.summary" | "schedule.timezone_name" | "schedule.cancellations";

/**
 * Village's extension fields. The English descriptions are the OpenAPI document's own,
 * without their "Village extension:" prefix (a unit test keeps them equal).
 */
export function ExtensionFields() {
  const t = useTranslations("OpenData");
  return (
    <dl className="flex flex-col gap-3">
      {Object.entries(HSDS_EXTENSIONS).flatMap(([object, fields]) =>
        Object.keys(fields).map((field) => (
          <div key={`${object}.${field}`}>
            <dt>
              <code className={codeClass}>
                {object}.{field}
              </code>
            </dt>
            <dd className="mt-1">{t(`extensions.${`${object}.${field}` as ExtensionKey}`)}</dd>
          </div>
        )),
      )}
    </dl>
  );
}

/** A term's words in the page's language: audiences and venues as the search words them, features from the OpenData messages. */
function useTermName() {
  const t = useTranslations("OpenData");
  const v = useTranslations("Vocabulary");
  return (taxonomyKey: string, code: string): string => {
    if (taxonomyKey === "audience") return v(`audiences.${slugOf(AUDIENCES, code as (typeof AUDIENCES)[keyof typeof AUDIENCES]["value"])}`);
    if (taxonomyKey === "venue-type") return v(`venues.${slugOf(VENUE_TYPES, code as (typeof VENUE_TYPES)[keyof typeof VENUE_TYPES]["value"])}`);
    return t(`features.${code as FeatureCode}`);
  };
}

/** Each of Village's taxonomies with its terms: the code, the words and the term's id. */
export function TaxonomyTerms() {
  const t = useTranslations("OpenData");
  const termName = useTermName();
  return (
    <div className="flex flex-col gap-6">
      {TAXONOMIES.map((taxonomy) => (
        <section key={taxonomy.key} id={taxonomyAnchor(taxonomy)} aria-labelledby={`${taxonomyAnchor(taxonomy)}-heading`} className="flex flex-col gap-2">
          <h4 id={`${taxonomyAnchor(taxonomy)}-heading`} className="text-lg font-semibold">
            {t(`taxonomies.${taxonomy.key as TaxonomyKey}.name`)}
          </h4>
          <p>
            {t(`taxonomies.${taxonomy.key as TaxonomyKey}.description`)}{" "}
            {t.rich("profile.taxonomyId", { id: taxonomyId(taxonomy), code: (chunks) => <code className={`${codeClass} break-all`}>{chunks}</code> })}
          </p>
          <ul className="flex flex-col gap-2">
            {taxonomy.terms.map((term) => (
              <li key={term.code} id={termAnchor(taxonomy, term.code)}>
                <code className={codeClass}>{term.code}</code> {termName(taxonomy.key, term.code)}
                <span className="block break-all text-sm text-ink-muted">{termId(taxonomy, term.code)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

type TaxonomyKey = "audience" | "feature" | "venue-type";
