import { notFound } from "next/navigation";

/** Any address no page answers renders the not-found page inside the language's layout. */
export default function UnknownPage() {
  notFound();
}
