import { useFormText } from "@/components/forms/use-form-text";

/**
 * A message key the listing functions answer with (a refusal, why a listing can't be
 * changed), worded in the page's language. For server pages that show one outside a form.
 */
export function WordedMessage({ message }: { message: string }) {
  const formText = useFormText();
  return <>{formText(message)}</>;
}
