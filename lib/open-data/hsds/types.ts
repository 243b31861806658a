// The HSDS 3.0 objects Village publishes, with the fields it fills in. Property names are
// the specification's (snake_case); the few fields of Village's own are marked "Extension"
// and listed in extensions.ts. Optional properties are left out rather than sent as null:
// the HSDS schemas type most fields as plain strings, which null would not satisfy.

export type HsdsTaxonomyTerm = {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  term_uri: string;
};

export type HsdsAttribute = {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: "service" | "location";
  taxonomy_term_id: string;
  taxonomy_term: HsdsTaxonomyTerm;
  value?: string;
};

export type HsdsCostOption = { id: string; service_id: string; option: string; amount?: number };

export type HsdsPhone = { id: string; number: string; service_id?: string; organization_id?: string; type?: string };

export type HsdsLanguage = { id: string; service_id: string; name: string; code: string };

export type HsdsCancellation = { date: string; reason?: string };

export type HsdsSchedule = {
  id: string;
  service_id: string;
  freq: "WEEKLY" | "MONTHLY";
  interval: number;
  /** "TU", "2TU", "-1FR". */
  byday: string;
  wkst: "MO";
  /** Local date of the first meeting, YYYY-MM-DD. */
  dtstart: string;
  /** Local date of the last possible meeting, YYYY-MM-DD. */
  until?: string;
  /** UTC offset in hours at the next meeting (HSDS 3.0 has no field for a named zone). */
  timezone: number;
  /** Local start, "HH:MM" with that UTC offset: "10:00-06:00". */
  opens_at: string;
  closes_at: string;
  description: string;
  attending_type: string;
  schedule_link: string;
  notes?: string;
  /** Extension: the IANA time zone the local times are in, e.g. "America/Chicago". */
  timezone_name: string;
  /** Extension: local dates on which this meeting does not take place, with the reason given. */
  cancellations: HsdsCancellation[];
};

export type HsdsAddress = {
  id: string;
  location_id: string;
  address_1: string;
  address_2?: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: "physical";
};

export type HsdsAccessibility = { id: string; location_id: string; description: string; details?: string };

export type HsdsLocation = {
  id: string;
  location_type: "physical" | "virtual";
  organization_id: string;
  name: string;
  description?: string;
  url?: string;
  transportation?: string;
  latitude?: number;
  longitude?: number;
  addresses?: HsdsAddress[];
  accessibility?: HsdsAccessibility[];
  attributes?: HsdsAttribute[];
};

/** A location's one-to-one fields: what a list of service_at_locations carries. */
export type HsdsLocationSummary = Omit<HsdsLocation, "addresses" | "accessibility" | "attributes">;

export type HsdsServiceAtLocation = {
  id: string;
  service_id: string;
  location_id: string;
  location: HsdsLocation;
};

export type HsdsOrganizationSummary = {
  id: string;
  name: string;
  description: string;
  website?: string;
};

export type HsdsOrganization = HsdsOrganizationSummary & { phones: HsdsPhone[] };

/** GET /organizations/{id}: the organization with its locations and its services' one-to-one fields. */
export type HsdsOrganizationFull = HsdsOrganization & { locations: HsdsLocation[]; services: Omit<HsdsServiceSummary, "organization">[] };

/** A service's one-to-one fields: what a page of /services carries. */
export type HsdsServiceSummary = {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url: string;
  status: "active";
  application_process: string;
  fees_description: string;
  eligibility_description: string;
  assured_date: string;
  last_modified: string;
  alert?: string;
  /** Extension: the one-sentence summary shown in search results. */
  summary: string;
  organization: HsdsOrganizationSummary;
};

/** A fully nested service: GET /services/{id}, ?full=true and the bulk download. */
export type HsdsService = Omit<HsdsServiceSummary, "organization"> & {
  organization: HsdsOrganization;
  phones: HsdsPhone[];
  cost_options: HsdsCostOption[];
  schedules: HsdsSchedule[];
  service_at_locations: HsdsServiceAtLocation[];
  languages: HsdsLanguage[];
  attributes: HsdsAttribute[];
};

/** The HSDS API's paging fields around a list. */
export type HsdsPage<T> = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
};
