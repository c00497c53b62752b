// Ids for the Atom feed when the site's public address is not known: Atom wants an absolute IRI, and a
// name-based UUID is one that needs no host and never changes for the same name.
import { createHash } from 'node:crypto';

/** RFC 4122 namespace for URLs, under which the name-based ids are drawn from the site-relative path. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
/** A name-based (version 5, SHA-1) UUID URN: the same name always gives the same id. */
export function nameUuid(name: string): string {
  const ns = Buffer.from(URL_NAMESPACE.replace(/-/g, ''), 'hex');
  const h = createHash('sha1').update(ns).update(name).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
