// The updates log as an Atom feed (RFC 4287), with absolute URLs so feed readers can follow them.
// Each entry's id is its permanent address in the log (#update-<file name>), which never changes.
import type { APIRoute } from 'astro';
import { getUpdates, absoluteUrl } from '../build/share.ts';
import { ui } from '../i18n/ui.ts';

/** Escapes text for XML content and attribute values. */
const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** An Atom date: the day at midnight UTC. */
const stamp = (day: string) => `${day}T00:00:00Z`;

export const GET: APIRoute = async () => {
  const t = ui.en;
  const updates = await getUpdates();
  const log = absoluteUrl('updates/');
  const entries = updates.map((u) => {
    const link = `${log}#update-${u.id}`;
    const kind = { published: 'Published', update: 'Update', correction: 'Correction' }[u.data.kind];
    return `  <entry>
    <id>${x(link)}</id>
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
  <id>${x(absoluteUrl('updates.xml'))}</id>
  <title>${x(`${t.siteName}: updates and corrections`)}</title>
  <subtitle>${x(t.siteTagline)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${x(absoluteUrl('updates.xml'))}"/>
  <link rel="alternate" type="text/html" href="${x(log)}"/>
  <updated>${stamp(updates[0].data.date.start!)}</updated>
  <author><name>${x(t.siteName)}</name><uri>${x(absoluteUrl())}</uri></author>
${entries.join('\n')}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
