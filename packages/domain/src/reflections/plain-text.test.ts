import { describe, expect, it } from 'vitest';
import { findPatientIdentifiers } from './identifier-check.ts';
import { decodeEntities, htmlToPlainText, nestingDepth } from './plain-text.ts';

describe('htmlToPlainText', () => {
  it('joins text blocks with one newline and keeps inline marks as text', () => {
    expect(htmlToPlainText('<p>First <strong>bold</strong> line.</p><p>Second.</p>')).toBe(
      'First bold line.\nSecond.',
    );
  });

  it('skips empty blocks the way the editor does, and keeps hard breaks', () => {
    expect(htmlToPlainText('<p>a</p><p></p><p>b<br>c</p>')).toBe('a\nb\nc');
    expect(htmlToPlainText('<p>a</p><p><br></p><p>b</p>')).toBe('a\n\n\nb');
  });

  it('flattens lists and quotes into blocks', () => {
    expect(
      htmlToPlainText('<ul><li><p>one</p></li><li><p>two</p></li></ul><blockquote><p>q</p></blockquote>'),
    ).toBe('one\ntwo\nq');
  });

  it('decodes entities so the check reads what the writer wrote', () => {
    expect(htmlToPlainText('<p>Mr.&nbsp;Alvarez &amp; his wife &lt;3 &#8217;s &#x41;</p>')).toBe(
      'Mr.\u00a0Alvarez & his wife <3 \u2019s A',
    );
    expect(decodeEntities('&unknown; &#0;')).toBe('&unknown; &#0;');
  });

  it('ignores layout whitespace between blocks, comments and script content', () => {
    expect(htmlToPlainText('<p>a</p>\n  <p>b</p><!-- note --><script>alert("x")</script>')).toBe('a\nb');
  });

  it('never reads attribute values as text', () => {
    expect(htmlToPlainText('<p><a href="mailto:jane@example.com">my mentor</a></p>')).toBe('my mentor');
  });

  it('lets the identifier check find a name hidden behind markup and entities', () => {
    const text = htmlToPlainText('<p>During the run <em>Mr.&nbsp;Alvarez</em> became hypotensive.</p>');
    const findings = findPatientIdentifiers(text);
    expect(findings.map((f) => f.kind)).toEqual(['name']);
    const [finding] = findings;
    expect(finding && text.slice(finding.start, finding.end)).toBe(finding?.text);
  });

  // Each `<` used to rescan to the end of the input looking for a `>`: 100,000 of them took minutes.
  it('reads `<a` × 100,000 (no `>` anywhere) in linear time, as the text it is', () => {
    const html = '<a'.repeat(100_000);
    const started = performance.now();
    const text = htmlToPlainText(html);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(text).toBe(html);
  });

  it('still ends a tag at the next `>` when stray `<` come before it', () => {
    expect(htmlToPlainText('<p>a<b<c>d</p><p>e</p>')).toBe('ad\ne');
  });
});

describe('nestingDepth', () => {
  it('counts open elements, leaving out void and self-closed ones', () => {
    expect(nestingDepth('<ul><li><p>a<br>b<hr/></p></li></ul>')).toBe(3);
    expect(nestingDepth('<b>'.repeat(1_000))).toBe(1_000);
    expect(nestingDepth('</p></p><p>x</p>')).toBe(1);
  });
});
