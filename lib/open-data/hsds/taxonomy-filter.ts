import { Prisma } from "@/lib/db/generated/client";
import { AUDIENCE_TAXONOMY, FEATURE_TAXONOMY, taxonomyId, termId, VENUE_TAXONOMY, type FeatureCode } from "./taxonomies";

const { sql, raw } = Prisma;

// taxonomy_term_id and taxonomy_id as conditions on "Group" g: the same facts the
// attributes in listing-to-hsds.ts and locations.ts are made from. An id that is no term
// (or taxonomy) of Village's matches nothing.

const FEATURE_COLUMNS: Record<FeatureCode, string> = {
  BABIES_WELCOME: "babiesWelcome",
  CHILDCARE_PROVIDED: "childcareProvided",
  WHEELCHAIR_ACCESSIBLE: "wheelchairAccessible",
  REGISTRATION_REQUIRED: "registrationRequired",
};

// A venue, and so its venue type, is published only for groups that meet somewhere.
const HAS_VENUE = sql`g."format" <> 'ONLINE' AND g."venueType" IS NOT NULL AND EXISTS (SELECT 1 FROM "Location" vl WHERE vl."groupId" = g."id")`;

export function taxonomyTermSql(id: string): Prisma.Sql {
  for (const term of AUDIENCE_TAXONOMY.terms) {
    if (termId(AUDIENCE_TAXONOMY, term.code) === id) return sql`g."audiences" @> ARRAY[${term.code}::"Audience"]`;
  }
  for (const term of FEATURE_TAXONOMY.terms) {
    if (termId(FEATURE_TAXONOMY, term.code) === id) return sql`g.${raw(`"${FEATURE_COLUMNS[term.code]}"`)}`;
  }
  for (const term of VENUE_TAXONOMY.terms) {
    if (termId(VENUE_TAXONOMY, term.code) === id) return sql`g."venueType" = ${term.code}::"VenueType" AND ${HAS_VENUE}`;
  }
  return sql`FALSE`;
}

export function taxonomySql(id: string): Prisma.Sql {
  if (id === taxonomyId(AUDIENCE_TAXONOMY)) return sql`cardinality(g."audiences") > 0`;
  if (id === taxonomyId(FEATURE_TAXONOMY)) return sql`(${raw(Object.values(FEATURE_COLUMNS).map((c) => `g."${c}"`).join(" OR "))})`;
  if (id === taxonomyId(VENUE_TAXONOMY)) return HAS_VENUE;
  return sql`FALSE`;
}
