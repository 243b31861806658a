// The largest file the import page accepts. next.config.ts lets server actions take this
// much (plus room for the form around it); the request proxy (proxy.ts) buffers up to 10 MB,
// so this must stay below that. Larger files go through `npm run import`.
export const UPLOAD_LIMIT_MB = 8;
