// The updates log as an Atom feed (RFC 4287). With the site's public address, every id and link is an
// absolute URL, each entry's id its permanent address in the log (#update-<file name>). Without one,
// no host is made up: Atom ids must be absolute IRIs, so they become name-based urn:uuid ids (stable,
// derived from the entry's file name); links are site-relative (valid IRI references, which a reader
// resolves against the feed's own address); the self link, which must name the feed's address, and the
// author's uri are left out.
import type { APIRoute } from 'astro';
import { getUpdates } from '../build/share.ts';
import { nameUuid } from '../build/feed-ids.ts';
import { loadSite } from '../records/site.ts';
import { absoluteUrl, href } from '../urls.ts';
import { ui } from '../i18n/ui.ts';

/** Escapes text for XML content and attribute values. */
const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** An Atom date: the day at midnight UTC. */
const stamp = (day: string) => `${day}T00:00:00Z`;

export const GET: APIRoute = async () => {
  const t = ui.en;
  const publisher = loadSite().publisher.name;
  const updates = await getUpdates();
  const log = absoluteUrl('updates/') ?? href('updates/');
  const self = absoluteUrl('updates.xml');
  const home = absoluteUrl();
  const idOf = (path: string) => absoluteUrl(path) ?? nameUuid(path);
  const entries = updates.map((u) => {
    const link = `${log}#update-${u.id}`;
    const kind = { published: 'Published', update: 'Update', correction: 'Correction' }[u.data.kind];
    return `  <entry>
    <id>${x(idOf(`updates/#update-${u.id}`))}</id>
    <title>${x(`${kind}: ${u.data.title}`)}</title>
    <link rel="alternate" type="text/html" href="${x(link)}"/>
    <updated>${stamp(u.data.date.start!)}</updated>
    <published>${stamp(u.data.date.start!)}</published>
    <category term="${u.data.kind}"/>
    <summary>${x(u.data.summary)}</summary>
  </entry>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>${x(idOf('updates.xml'))}</id>
  <title>${x(`${t.siteName}: updates and corrections`)}</title>
  <subtitle>${x(t.siteTagline)}</subtitle>
${self ? `  <link rel="self" type="application/atom+xml" href="${x(self)}"/>\n` : ''}  <link rel="alternate" type="text/html" href="${x(log)}"/>
  <updated>${stamp(updates[0].data.date.start!)}</updated>
  <author><name>${x(publisher)}</name>${home ? `<uri>${x(home)}</uri>` : ''}</author>
${entries.join('\n')}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
