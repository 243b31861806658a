/**
 * A field people never see or reach; bots that fill in everything fill it too. The server
 * then answers as if all went well and keeps nothing.
 */
export function HoneypotField() {
  return (
    <div aria-hidden="true" className="absolute -left-[9999px] top-auto h-px w-px overflow-hidden">
      <label htmlFor="website_url">Leave this empty</label>
      <input id="website_url" name="website_url" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
