/** The web client's reading of search snippets: only <mark> becomes markup, everything else stays text. */
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../web/src/search/snippet.js';

describe('search snippets in the web client', () => {
  it('splits at <mark> and decodes the entities the API escapes', () => {
    expect(parseSnippet('North Korea&#39;s <mark>nuclear</mark> forces &amp; &quot;tests&quot;')).toEqual([
      { text: "North Korea's ", marked: false },
      { text: 'nuclear', marked: true },
      { text: ' forces & "tests"', marked: false },
    ]);
  });

  it('keeps escaped markup as literal text, to be rendered as text', () => {
    expect(parseSnippet('&lt;img src=x onerror=alert(1)&gt; <mark>Kim</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)> ', marked: false },
      { text: 'Kim', marked: true },
    ]);
  });

  it('never decodes twice, and leaves other tags and entities alone', () => {
    expect(parseSnippet('&amp;lt;b&amp;gt; <b>x</b> &nbsp;')).toEqual([{ text: '&lt;b&gt; <b>x</b> &nbsp;', marked: false }]);
  });
});
