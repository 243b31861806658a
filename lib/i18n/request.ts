import { getRequestConfig } from "next-intl/server";
import { isLocale, routing } from "./routing";

/** Loads the messages of the request's language (from the URL prefix the proxy resolved). */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../../messages/${locale}/index.ts`)).default,
    timeZone: "UTC",
  };
});
