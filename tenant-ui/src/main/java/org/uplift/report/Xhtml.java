package org.uplift.report;

/** A minimal well-formed XHTML writer: every text and attribute value is escaped. */
final class Xhtml {

    private final StringBuilder out = new StringBuilder(32 * 1024);

    Xhtml open(String tag) {
        out.append('<').append(tag).append('>');
        return this;
    }

    Xhtml open(String tag, String cssClass) {
        out.append('<').append(tag).append(" class=\"").append(escape(cssClass)).append("\">");
        return this;
    }

    Xhtml openStyled(String tag, String cssClass, String style) {
        out.append('<').append(tag).append(" class=\"").append(escape(cssClass)).append("\" style=\"")
                .append(escape(style)).append("\">");
        return this;
    }

    Xhtml close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    Xhtml text(String text) {
        out.append(escape(text));
        return this;
    }

    /** An element holding only text. */
    Xhtml element(String tag, String text) {
        return open(tag).text(text).close(tag);
    }

    Xhtml element(String tag, String cssClass, String text) {
        return open(tag, cssClass).text(text).close(tag);
    }

    /** Markup written by this package itself (the document head), never user input. */
    Xhtml raw(String markup) {
        out.append(markup);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Escapes markup and drops characters XML cannot carry (control characters in user input). */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && (c < 0xD800 || c > 0xDFFF) && c != 0xFFFE && c != 0xFFFF)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
