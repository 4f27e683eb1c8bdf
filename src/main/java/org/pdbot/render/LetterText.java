package org.pdbot.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The letter's XHTML as plain text, for the draft the attorney approves and the text the compliance check reads:
 * the same words in the same order as the PDF, laid out for a mail reader. Headings stand on their own lines in
 * capitals, list items start with "-", the RE block is aligned, and each row of a grid table becomes one line
 * ("Form: I-130; Status: approved").
 */
final class LetterText {

    private LetterText() {
    }

    static String of(String xhtml) {
        // parsed as openhtmltopdf parses it, so a style sheet's text is never mistaken for markup
        Element body = Jsoup.parse(xhtml).body();
        StringBuilder out = new StringBuilder();
        blocks(body, out);
        return out.toString().replaceAll("\\n{3,}", "\n\n").strip() + "\n";
    }

    private static void blocks(Element parent, StringBuilder out) {
        for (Node n : parent.childNodes()) {
            if (!(n instanceof Element e)) {
                String text = inline(n).strip();
                if (!text.isEmpty()) {
                    out.append(text).append('\n');
                }
                continue;
            }
            switch (e.tagName()) {
                case "p" -> out.append(lines(e)).append("\n\n");
                case "h2" -> out.append('\n').append(inline(e).strip().toUpperCase(Locale.ROOT)).append("\n\n");
                case "h1", "h3" -> out.append(inline(e).strip()).append("\n\n");
                case "ul", "ol" -> {
                    for (Element li : children(e, "li")) {
                        out.append("  - ").append(inline(li).strip()).append('\n');
                    }
                    out.append('\n');
                }
                case "table" -> table(e, out);
                case "div" -> {
                    if (e.hasClass("letterhead")) {
                        for (Element line : children(e, "div")) {
                            out.append(inline(line).strip()).append('\n');
                        }
                        out.append('\n');
                    } else {
                        blocks(e, out);
                    }
                }
                default -> blocks(e, out);
            }
        }
    }

    private static void table(Element table, StringBuilder out) {
        List<Element> captions = children(table, "caption");
        if (!captions.isEmpty()) {
            out.append(inline(captions.get(0)).strip()).append("\n\n");
        }
        List<String> headers = new ArrayList<>();
        for (Element head : children(table, "thead")) {
            for (Element tr : children(head, "tr")) {
                for (Element th : cells(tr)) {
                    headers.add(inline(th).strip());
                }
            }
        }
        List<Element> rows = new ArrayList<>();
        for (Element b : children(table, "tbody")) {
            rows.addAll(children(b, "tr"));
        }
        rows.addAll(children(table, "tr"));
        if (headers.isEmpty()) {
            int width = 0;
            List<List<String>> pairs = new ArrayList<>();
            for (Element tr : rows) {
                List<String> row = cells(tr).stream().map(c -> inline(c).strip()).toList();
                pairs.add(row);
                width = Math.max(width, row.isEmpty() ? 0 : row.get(0).length());
            }
            for (List<String> row : pairs) {
                if (row.size() >= 2) {
                    out.append("  ").append(String.format("%-" + (width + 2) + "s", row.get(0)))
                            .append(String.join(" ", row.subList(1, row.size()))).append('\n');
                } else if (row.size() == 1) {
                    out.append("  ").append(row.get(0)).append('\n');
                }
            }
        } else {
            for (Element tr : rows) {
                List<String> parts = new ArrayList<>();
                List<Element> cells = cells(tr);
                for (int i = 0; i < cells.size(); i++) {
                    String value = inline(cells.get(i)).strip();
                    if (value.isEmpty() || value.equals("–")) {
                        continue;
                    }
                    parts.add(i < headers.size() ? headers.get(i) + ": " + value : value);
                }
                out.append("  - ").append(String.join("; ", parts)).append('\n');
            }
        }
        out.append('\n');
    }

    /** A paragraph with its {@code <br/>} line breaks kept. */
    private static String lines(Element p) {
        StringBuilder b = new StringBuilder();
        for (Node n : p.childNodes()) {
            if (n instanceof Element e && e.tagName().equals("br")) {
                b.append('\n');
            } else {
                b.append(inline(n));
            }
        }
        return b.toString().lines().map(l -> l.replaceAll("\\s+", " ").strip()).filter(l -> !l.isEmpty())
                .reduce((a, c) -> a + "\n" + c).orElse("");
    }

    private static String inline(Node n) {
        if (n instanceof TextNode t) {
            return t.getWholeText().replaceAll("\\s+", " ");
        }
        if (!(n instanceof Element e)) {
            return "";
        }
        if (e.tagName().equals("br")) {
            return " ";
        }
        StringBuilder b = new StringBuilder();
        for (Node c : e.childNodes()) {
            b.append(inline(c));
        }
        return b.toString();
    }

    private static List<Element> cells(Element tr) {
        List<Element> out = new ArrayList<>();
        for (Element e : tr.children()) {
            if (e.tagName().equals("td") || e.tagName().equals("th")) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Element e : parent.children()) {
            if (e.tagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }
}
