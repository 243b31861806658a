import type en from "@/messages/en";
import type { Locale } from "./routing";

// Types next-intl's translators with the English messages, so a missing or misspelt key
// fails the type check.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
