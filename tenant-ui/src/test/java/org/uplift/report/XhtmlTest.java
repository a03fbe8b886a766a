package org.uplift.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XhtmlTest {

    @Test
    void user_text_cannot_inject_markup() {
        String html = new Xhtml().element("td", "<img src=\"http://x/\"/> & 'Co' 杭州").toString();

        assertThat(html).isEqualTo("<td>&lt;img src=&quot;http://x/&quot;/&gt; &amp; &#39;Co&#39; 杭州</td>");
    }

    @Test
    void characters_xml_cannot_carry_are_dropped_and_line_breaks_kept() {
        assertThat(Xhtml.escape("a\u0000b\u0007c\nd\uFFFEe\uD800f")).isEqualTo("abc\ndef");
    }

    @Test
    void class_names_are_escaped_too() {
        assertThat(new Xhtml().element("span", "a\"b", "x").toString()).isEqualTo("<span class=\"a&quot;b\">x</span>");
    }
}
