import { useFormText } from "@/components/forms/use-form-text";

/** A refusal or notice that may come as a message key (lib/forms/form-message.ts), worded in the page's language. */
export function WordedMessage({ message }: { message: string }) {
  return useFormText()(message);
}
