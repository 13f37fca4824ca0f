/**
 * The checker's Content-Security-Policy: its own files only, the Word reader's
 * worker from a blob: URL (module workers cannot start from file://), and no
 * network connections at all, so a document cannot leave the computer even if
 * a bug or a hostile file tried. The build writes it into the page's meta tag;
 * serve() also sends it as a header, with the parts a meta tag cannot carry.
 */
export const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'none'",
  "worker-src blob:",
  "connect-src 'none'",
  "object-src 'none'",
  "media-src 'none'",
  "frame-src 'none'",
  "manifest-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const HEADER_POLICY = `${PAGE_POLICY}; frame-ancestors 'none'`;
