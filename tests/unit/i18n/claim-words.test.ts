import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ui } from '../../../src/i18n/ui.ts';

describe('ui[lang].claim.statusContested(n)', () => {
  it('counts disputes in English, one spelt out', () => {
    assert.match(ui.en.claim.statusContested(1), /^Contested: one dispute in/);
    assert.match(ui.en.claim.statusContested(4), /^Contested: 4 disputes in/);
  });
  it('follows the Arabic number grammar: one, dual, plural to ten, singular accusative from eleven', () => {
    const counted = (n: number) => ui.ar.claim.statusContested(n).split(' في المصادر')[0].replace('موضع خلاف: ', '');
    assert.equal(counted(1), 'اعتراض واحد');
    assert.equal(counted(2), 'اعتراضان');
    assert.equal(counted(3), '٣ اعتراضات');
    assert.equal(counted(10), '١٠ اعتراضات');
    assert.equal(counted(11), '١١ اعتراضاً');
    assert.equal(counted(100), '١٠٠ اعتراض');
    assert.equal(counted(103), '١٠٣ اعتراضات');
  });
});

describe('ui[lang].claim.pageTitle(figure, measure)', () => {
  it("sets the source's words in each edition's quotation marks", () => {
    assert.equal(ui.en.claim.pageTitle('some 1,200', 'Recruited'), '“some 1,200”: Recruited');
    assert.equal(ui.ar.claim.pageTitle('نحو ١٬٢٠٠', 'جُنِّدوا'), '«نحو ١٬٢٠٠»: جُنِّدوا');
  });
});
