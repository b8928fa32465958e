import { describe, expect, it } from 'vitest';
import xssStandIn, { escapeHtml } from './textInsteadOfXss';

describe('the stand-in for vis-timeline’s xss filter', () => {
  it('shows markup as text instead of filtering it', () => {
    expect(new xssStandIn.FilterXSS().process('<img src=x onerror=alert(1)> & "quotes" \'too\'')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot; &#39;too&#39;',
    );
  });

  it('leaves plain axis labels and cluster counts as they are', () => {
    expect(['Aug', '2020', 'Mon 9', '1200'].map(escapeHtml)).toEqual(['Aug', '2020', 'Mon 9', '1200']);
  });
});
