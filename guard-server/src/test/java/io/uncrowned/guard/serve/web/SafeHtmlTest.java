package io.uncrowned.guard.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SafeHtmlTest {
  @Test
  void escapesTheCharactersThatMatterInTextAndAttributes() {
    assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;A &amp; B&lt;/a&gt;",
        SafeHtml.escape("<a href=\"x\" title='y'>A & B</a>"));
    assertEquals("", SafeHtml.escape(null));
  }

  @Test
  void snippetKeepsOnlyBoldAndItsEscapedText() {
    assertEquals("the <b>charge</b> &lt;script&gt;x&lt;/script&gt;",
        SafeHtml.snippet("the <b>charge</b> &lt;script&gt;x&lt;/script&gt;"));
  }

  @Test
  void snippetDropsAnyOtherMarkupThatGotThrough() {
    assertEquals("a <b>b</b> c", SafeHtml.snippet("a <b onclick=\"x()\">b</b> <script>alert(1)</script>c"));
    assertEquals("link", SafeHtml.snippet("<a href=\"javascript:alert(1)\">link</a><img src=x onerror=alert(1)>"));
    assertEquals("", SafeHtml.snippet(null));
  }
}
