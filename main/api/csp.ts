/**
 * The Content-Security-Policy of the renderer, the same in the desktop window (app://) and behind the
 * HTTP bridge: scripts only from the app itself, no eval, no remote anything. MUI's emotion styles are
 * injected at run time, hence 'unsafe-inline' for styles only; the logo is a data: image.
 */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** As an HTTP header the policy can also forbid framing (a <meta> policy cannot). */
export const RENDERER_CSP_HEADER = `${RENDERER_CSP}; frame-ancestors 'none'`;
