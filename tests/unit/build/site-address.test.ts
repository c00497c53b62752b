import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LEFT_OUT, noAddressWarning } from '../../../src/build/integrations/site-address.ts';

describe('noAddressWarning()', () => {
  it('names SITE_URL and how to set it', () => {
    assert.match(noAddressWarning(), /SITE_URL is not set/);
    assert.match(noAddressWarning(), /Fix: build with SITE_URL=https:\/\/<your host>/);
  });
  it('lists what the build left out', () => {
    for (const what of ['canonical', 'og:image', 'sitemap', "feed's self link"])
      assert.ok(
        LEFT_OUT.some((l) => l.includes(what)),
        what,
      );
  });
});
