/**
 * The Content-Security-Policy every page carries in a <meta> tag: a second line of defence behind
 * the Markdown sanitiser, so that markup which slipped through could load nothing from elsewhere.
 *
 * script-src needs 'unsafe-inline': a static export has no server to add per-request nonces, and
 * Next inlines a different flight-data script (self.__next_f.push) in every page, so a fixed list of
 * hashes cannot be written into the shared layout. Only Next's dev server needs 'unsafe-eval' (React
 * rebuilds stack traces with eval in development); the built site never gets it. frame-ancestors,
 * report-uri and sandbox are ignored in a <meta> policy, so they are not set here.
 */
export function contentSecurityPolicy(mode: 'production' | 'development' = 'production'): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(mode === 'development' ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'frame-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
