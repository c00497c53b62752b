import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nameUuid } from '../../../src/build/feed-ids.ts';

describe('nameUuid(name)', () => {
  it('is a version 5 UUID URN, the same for the same name', () => {
    assert.match(
      nameUuid('updates/#update-x'),
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    assert.equal(nameUuid('updates/#update-x'), nameUuid('updates/#update-x'));
  });
  it('differs between names', () => assert.notEqual(nameUuid('updates/#update-x'), nameUuid('updates/#update-y')));
  it("matches RFC 4122's URL namespace (checked against Python's uuid.uuid5)", () => {
    assert.equal(nameUuid('https://www.python.org/'), 'urn:uuid:5406f80d-92e9-51cd-a176-77445955e733');
  });
});
