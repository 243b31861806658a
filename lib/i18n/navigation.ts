import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/** Links, redirects and paths that keep the visitor in their language (/es/… stays /es/…). */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
