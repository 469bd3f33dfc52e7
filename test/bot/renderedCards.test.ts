/**
 * Cards rendered once (issue #16): the cached activity is frozen all the way down, so a turn that fills in or
 * changes what it sends cannot change the card another turn sends, and each caller gets its own top-level copy.
 */
import assert from 'node:assert/strict';
import type { Activity } from 'botbuilder';
import { RenderedCards } from '../../src/bot/renderedCards';

describe('RenderedCards', () => {
  const card = (): Partial<Activity> => ({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { body: [{ type: 'TextBlock', text: 'Rotate a key' }] } }] });

  it('renders once per key and hands each caller its own top-level copy', () => {
    const cards = new RenderedCards();
    let renders = 0;
    const render = (): Partial<Activity> => {
      renders += 1;
      return card();
    };
    const first = cards.activity('card\nrotate-key', render);
    const second = cards.activity('card\nrotate-key', render);
    cards.activity('plainText\nrotate-key', render);
    assert.equal(renders, 2);
    assert.notEqual(first, second);
    assert.deepEqual(first, second);
    first.id = 'filled-in-by-one-turn';
    assert.equal(second.id, undefined);
  });

  it('freezes what is shared: a turn cannot change the card another turn sends', () => {
    const shared = new RenderedCards().activity('card\nlost-key', card);
    const attachments = shared.attachments ?? [];
    assert.throws(() => attachments.push({ contentType: 'text/plain' }), TypeError);
    const body = (attachments[0]?.content as { body: { text: string }[] }).body;
    assert.throws(() => {
      (body[0]).text = 'changed';
    }, TypeError);
  });
});
