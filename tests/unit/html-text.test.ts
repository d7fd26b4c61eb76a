import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/engine/html-text';

describe('htmlToText', () => {
  it('keeps paragraphs and line breaks as lines', () => {
    expect(htmlToText('<p>Hi {{ticket.requester.first_name}},</p><p>WE DON&#39;T DO REFUNDS.<br>Calm&nbsp;down.</p>')).toBe(
      "Hi {{ticket.requester.first_name}},\nWE DON'T DO REFUNDS.\nCalm down.",
    );
  });

  it('decodes German entities and drops scripts and styles', () => {
    expect(htmlToText('<style>p{}</style><div>Gr&uuml;&szlig;e &amp; Dank</div><script>alert(1)</script>')).toBe('Grüße & Dank');
  });

  it('leaves unknown entities and stray angle brackets readable', () => {
    expect(htmlToText('a &bogus; b')).toBe('a &bogus; b');
  });
});
