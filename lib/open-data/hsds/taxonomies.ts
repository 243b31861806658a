import type { Audience, VenueType } from "@/lib/db/generated/enums";
import { AUDIENCES, VENUE_TYPES } from "@/lib/groups/vocabulary";
import { childId, uuidV5, VILLAGE_NAMESPACE } from "./ids";
import type { HsdsAttribute, HsdsTaxonomyTerm } from "./types";

// Village's own classifications, published as HSDS taxonomies: who a group is for, what it
// offers, and the kind of venue. HSDS carries classifications as attributes that link a
// service or location to a taxonomy term. Codes are the database's enum values, so a
// consumer (or an import) maps them back without reading the words.

export type FeatureCode = "BABIES_WELCOME" | "CHILDCARE_PROVIDED" | "WHEELCHAIR_ACCESSIBLE" | "REGISTRATION_REQUIRED";

export type Taxonomy<C extends string> = {
  key: string;
  name: string;
  description: string;
  /** What the attribute's link_type says the term describes. */
  linkType: string;
  terms: { code: C; name: string }[];
};

const fromVocabulary = <C extends string>(map: Record<string, { value: C; label: string }>) => Object.values(map).map((entry) => ({ code: entry.value, name: entry.label }));

export const AUDIENCE_TAXONOMY: Taxonomy<Audience> = {
  key: "audience",
  name: "Village audiences",
  description: "Who a support group is for.",
  linkType: "audience",
  terms: fromVocabulary(AUDIENCES),
};

export const FEATURE_TAXONOMY: Taxonomy<FeatureCode> = {
  key: "feature",
  name: "Village group features",
  description: "What parents can expect at a support group.",
  linkType: "feature",
  terms: [
    { code: "BABIES_WELCOME", name: "Babies are welcome" },
    { code: "CHILDCARE_PROVIDED", name: "Childcare is provided for older children" },
    { code: "WHEELCHAIR_ACCESSIBLE", name: "Wheelchair accessible" },
    { code: "REGISTRATION_REQUIRED", name: "Parents register before they come" },
  ],
};

export const VENUE_TAXONOMY: Taxonomy<VenueType> = {
  key: "venue-type",
  name: "Village venue types",
  description: "The kind of place an in-person group meets in.",
  linkType: "venue_type",
  terms: fromVocabulary(VENUE_TYPES),
};

export const TAXONOMIES = [AUDIENCE_TAXONOMY, FEATURE_TAXONOMY, VENUE_TAXONOMY] as const;

export const taxonomyId = (taxonomy: Taxonomy<string>) => uuidV5(VILLAGE_NAMESPACE, `taxonomy/${taxonomy.key}`);
export const termId = (taxonomy: Taxonomy<string>, code: string) => uuidV5(VILLAGE_NAMESPACE, `taxonomy/${taxonomy.key}/${code}`);

/** The ids of the taxonomy's section, and of each term's line, on the /open-data page. */
export const taxonomyAnchor = (taxonomy: Taxonomy<string>) => `taxonomy-${taxonomy.key}`;
export const termAnchor = (taxonomy: Taxonomy<string>, code: string) => `${taxonomyAnchor(taxonomy)}-${code.toLowerCase().replace(/_/g, "-")}`;

/** Where the taxonomy is described for people: its section of the /open-data page. */
export const taxonomyUrl = (taxonomy: Taxonomy<string>, origin: string) => `${origin}/open-data#${taxonomyAnchor(taxonomy)}`;

export function toTaxonomyTerm<C extends string>(taxonomy: Taxonomy<C>, code: C, origin: string): HsdsTaxonomyTerm {
  const term = taxonomy.terms.find((t) => t.code === code);
  if (!term) throw new RangeError(`No term ${code} in ${taxonomy.name}`);
  return {
    id: termId(taxonomy, code),
    code,
    name: term.name,
    description: term.name,
    taxonomy: taxonomyUrl(taxonomy, origin),
    taxonomy_id: taxonomyId(taxonomy),
    term_uri: `${origin}/open-data#${termAnchor(taxonomy, code)}`,
  };
}

/** The attribute that gives the service or location `link` the term `code`, with the term inside (and a value, such as the registration link). */
export function toAttribute<C extends string>(
  taxonomy: Taxonomy<C>,
  code: C,
  link: { id: string; entity: HsdsAttribute["link_entity"] },
  origin: string,
  value?: string | null,
): HsdsAttribute {
  const term = toTaxonomyTerm(taxonomy, code, origin);
  return {
    id: childId(link.id, `attribute/${taxonomy.key}/${code}`),
    link_id: link.id,
    link_type: taxonomy.linkType,
    link_entity: link.entity,
    taxonomy_term_id: term.id,
    taxonomy_term: term,
    ...(value && { value }),
  };
}
