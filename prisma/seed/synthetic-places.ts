/** Used when the gazetteer ("Place") is empty: big cities on every inhabited continent. */
export const fallbackPlaces: { name: string; cc: string; lat: number; lng: number }[] = [
  ["New York", "US", 40.7128, -74.006], ["Los Angeles", "US", 34.0522, -118.2437], ["Chicago", "US", 41.8781, -87.6298],
  ["Houston", "US", 29.7604, -95.3698], ["Phoenix", "US", 33.4484, -112.074], ["Philadelphia", "US", 39.9526, -75.1652],
  ["Austin", "US", 30.2672, -97.7431], ["Seattle", "US", 47.6062, -122.3321], ["Denver", "US", 39.7392, -104.9903],
  ["Atlanta", "US", 33.749, -84.388], ["Boston", "US", 42.3601, -71.0589], ["Minneapolis", "US", 44.9778, -93.265],
  ["Toronto", "CA", 43.6532, -79.3832], ["Montreal", "CA", 45.5017, -73.5673], ["Vancouver", "CA", 49.2827, -123.1207],
  ["Calgary", "CA", 51.0447, -114.0719], ["Mexico City", "MX", 19.4326, -99.1332], ["London", "GB", 51.5074, -0.1278],
  ["Manchester", "GB", 53.4808, -2.2426], ["Leeds", "GB", 53.8008, -1.5491], ["Glasgow", "GB", 55.8642, -4.2518],
  ["Dublin", "IE", 53.3498, -6.2603], ["Paris", "FR", 48.8566, 2.3522], ["Lyon", "FR", 45.764, 4.8357],
  ["Berlin", "DE", 52.52, 13.405], ["Munich", "DE", 48.1351, 11.582], ["Hamburg", "DE", 53.5511, 9.9937],
  ["Zurich", "CH", 47.3769, 8.5417], ["Amsterdam", "NL", 52.3676, 4.9041], ["Madrid", "ES", 40.4168, -3.7038],
  ["Barcelona", "ES", 41.3874, 2.1686], ["Rome", "IT", 41.9028, 12.4964], ["Milan", "IT", 45.4642, 9.19],
  ["Stockholm", "SE", 59.3293, 18.0686], ["Warsaw", "PL", 52.2297, 21.0122], ["Lisbon", "PT", 38.7223, -9.1393],
  ["Sydney", "AU", -33.8688, 151.2093], ["Melbourne", "AU", -37.8136, 144.9631], ["Brisbane", "AU", -27.4698, 153.0251],
  ["Perth", "AU", -31.9505, 115.8605], ["Auckland", "NZ", -36.8485, 174.7633], ["Wellington", "NZ", -41.2865, 174.7762],
  ["Cape Town", "ZA", -33.9249, 18.4241], ["Johannesburg", "ZA", -26.2041, 28.0473], ["Sao Paulo", "BR", -23.5505, -46.6333],
  ["Buenos Aires", "AR", -34.6037, -58.3816], ["Mumbai", "IN", 19.076, 72.8777], ["Delhi", "IN", 28.7041, 77.1025],
  ["Singapore", "SG", 1.3521, 103.8198], ["Tokyo", "JP", 35.6762, 139.6503],
].map(([name, cc, lat, lng]) => ({ name: name as string, cc: cc as string, lat: lat as number, lng: lng as number }));

/** Countries with one time zone (or one that nearly everybody uses). */
const countryZones: Record<string, string> = {
  GB: "Europe/London", IE: "Europe/Dublin", FR: "Europe/Paris", DE: "Europe/Berlin", CH: "Europe/Zurich", IT: "Europe/Rome",
  ES: "Europe/Madrid", PT: "Europe/Lisbon", NL: "Europe/Amsterdam", BE: "Europe/Brussels", AT: "Europe/Vienna", PL: "Europe/Warsaw",
  CZ: "Europe/Prague", SK: "Europe/Bratislava", SE: "Europe/Stockholm", NO: "Europe/Oslo", DK: "Europe/Copenhagen", FI: "Europe/Helsinki",
  GR: "Europe/Athens", RO: "Europe/Bucharest", HU: "Europe/Budapest", BG: "Europe/Sofia", RS: "Europe/Belgrade", HR: "Europe/Zagreb",
  UA: "Europe/Kyiv", BY: "Europe/Minsk", TR: "Europe/Istanbul", IN: "Asia/Kolkata", PK: "Asia/Karachi", BD: "Asia/Dhaka",
  NP: "Asia/Kathmandu", LK: "Asia/Colombo", CN: "Asia/Shanghai", TW: "Asia/Taipei", HK: "Asia/Hong_Kong", JP: "Asia/Tokyo",
  KR: "Asia/Seoul", PH: "Asia/Manila", VN: "Asia/Ho_Chi_Minh", TH: "Asia/Bangkok", MM: "Asia/Yangon", MY: "Asia/Kuala_Lumpur",
  SG: "Asia/Singapore", IR: "Asia/Tehran", IQ: "Asia/Baghdad", SA: "Asia/Riyadh", AE: "Asia/Dubai", IL: "Asia/Jerusalem",
  JO: "Asia/Amman", SY: "Asia/Damascus", AF: "Asia/Kabul", UZ: "Asia/Tashkent", NG: "Africa/Lagos", EG: "Africa/Cairo",
  ZA: "Africa/Johannesburg", KE: "Africa/Nairobi", ET: "Africa/Addis_Ababa", TZ: "Africa/Dar_es_Salaam", UG: "Africa/Kampala",
  GH: "Africa/Accra", MA: "Africa/Casablanca", DZ: "Africa/Algiers", TN: "Africa/Tunis", SD: "Africa/Khartoum", NZ: "Pacific/Auckland",
  CO: "America/Bogota", PE: "America/Lima", CL: "America/Santiago", AR: "America/Argentina/Buenos_Aires", VE: "America/Caracas",
  EC: "America/Guayaquil", GT: "America/Guatemala", CU: "America/Havana", DO: "America/Santo_Domingo", JM: "America/Jamaica",
};

/**
 * A plausible IANA time zone for a place, in SQL: by country where the country has one zone,
 * otherwise from coarse longitude bands. Good enough for synthetic listings, not for real ones.
 */
export function placeTimeZoneSql(cc: string, lat: string, lng: string): string {
  const byCountry = Object.entries(countryZones).map(([code, zone]) => `WHEN '${code}' THEN '${zone}'`).join(" ");
  return `CASE ${cc} ${byCountry}
    WHEN 'RU' THEN CASE WHEN ${lng} < 50 THEN 'Europe/Moscow' WHEN ${lng} < 64 THEN 'Asia/Yekaterinburg' WHEN ${lng} < 80 THEN 'Asia/Omsk'
      WHEN ${lng} < 98 THEN 'Asia/Krasnoyarsk' WHEN ${lng} < 113 THEN 'Asia/Irkutsk' WHEN ${lng} < 135 THEN 'Asia/Yakutsk' ELSE 'Asia/Vladivostok' END
    WHEN 'BR' THEN CASE WHEN ${lng} < -60 THEN 'America/Manaus' ELSE 'America/Sao_Paulo' END
    WHEN 'MX' THEN CASE WHEN ${lng} < -114 THEN 'America/Tijuana' ELSE 'America/Mexico_City' END
    WHEN 'ID' THEN CASE WHEN ${lng} < 115 THEN 'Asia/Jakarta' WHEN ${lng} < 125 THEN 'Asia/Makassar' ELSE 'Asia/Jayapura' END
    WHEN 'KZ' THEN 'Asia/Almaty'
    ELSE ${timeZoneSql(lat, lng)} END`;
}

/**
 * A plausible IANA time zone from coordinates, in SQL. Coarse longitude bands with a few
 * latitude splits: good enough for synthetic listings, not for real ones.
 */
export function timeZoneSql(lat: string, lng: string): string {
  return `CASE
    WHEN ${lng} < -140 THEN CASE WHEN ${lat} > 50 THEN 'America/Anchorage' ELSE 'Pacific/Honolulu' END
    WHEN ${lng} < -114 THEN CASE WHEN ${lat} >= 49 THEN 'America/Vancouver' ELSE 'America/Los_Angeles' END
    WHEN ${lat} < 15 AND ${lng} < -30 THEN CASE WHEN ${lng} < -66 THEN 'America/Bogota' WHEN ${lat} < -20 AND ${lng} < -50 THEN 'America/Argentina/Buenos_Aires' ELSE 'America/Sao_Paulo' END
    WHEN ${lat} < 30 AND ${lng} < -86 THEN 'America/Mexico_City'
    WHEN ${lng} < -102 THEN CASE WHEN ${lat} >= 49 THEN 'America/Edmonton' ELSE 'America/Denver' END
    WHEN ${lng} < -87 THEN CASE WHEN ${lat} >= 49 THEN 'America/Winnipeg' ELSE 'America/Chicago' END
    WHEN ${lng} < -60 THEN CASE WHEN ${lat} >= 43.5 AND ${lng} < -72 THEN 'America/Toronto' ELSE 'America/New_York' END
    WHEN ${lng} < -30 THEN 'America/Halifax'
    WHEN ${lng} < -7.5 THEN 'Europe/Lisbon'
    WHEN ${lng} < 2 THEN CASE WHEN ${lat} > 51.4 AND ${lng} < -5.5 THEN 'Europe/Dublin' WHEN ${lat} > 49.5 THEN 'Europe/London' WHEN ${lat} > 35 THEN 'Europe/Madrid' ELSE 'Africa/Casablanca' END
    WHEN ${lng} < 15 THEN CASE WHEN ${lat} BETWEEN 45.8 AND 47.8 AND ${lng} BETWEEN 5.9 AND 10.5 THEN 'Europe/Zurich' WHEN ${lat} > 47.5 THEN 'Europe/Berlin' WHEN ${lat} > 35 THEN 'Europe/Paris' ELSE 'Africa/Lagos' END
    WHEN ${lng} < 30 THEN CASE WHEN ${lat} > 35 THEN 'Europe/Warsaw' WHEN ${lat} < -15 THEN 'Africa/Johannesburg' ELSE 'Africa/Cairo' END
    WHEN ${lng} < 45 THEN CASE WHEN ${lat} > 42 THEN 'Europe/Moscow' WHEN ${lat} >= 30 THEN 'Europe/Istanbul' ELSE 'Asia/Riyadh' END
    WHEN ${lng} < 60 THEN 'Asia/Dubai'
    WHEN ${lng} < 68 THEN 'Asia/Karachi'
    WHEN ${lng} < 90 THEN 'Asia/Kolkata'
    WHEN ${lng} < 105 THEN 'Asia/Bangkok'
    WHEN ${lng} < 125 THEN CASE WHEN ${lat} < -10 THEN 'Australia/Perth' ELSE 'Asia/Shanghai' END
    WHEN ${lng} < 142 THEN CASE WHEN ${lat} < -10 THEN 'Australia/Adelaide' WHEN ${lat} > 30 THEN 'Asia/Tokyo' ELSE 'Asia/Jayapura' END
    WHEN ${lng} < 155 THEN CASE WHEN ${lat} < -36 AND ${lng} < 150 THEN 'Australia/Melbourne' WHEN ${lat} < -29 THEN 'Australia/Sydney' WHEN ${lat} < -10 THEN 'Australia/Brisbane' ELSE 'Pacific/Guam' END
    ELSE CASE WHEN ${lat} < -30 THEN 'Pacific/Auckland' ELSE 'Pacific/Fiji' END
  END`;
}
