package org.pdbot.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns an HTML mail body into plain lines a field parser can read: one line per paragraph, div or
 * {@code <br>}; a two-column table row becomes {@code Label: value}; a blockquote becomes {@code >}-quoted
 * lines so quoted history is recognised like in plain text. Scripts and styles are dropped.
 */
public final class HtmlToText {

    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "title", "noscript", "template",
            "object", "iframe", "svg", "xml");
    private static final Set<String> BLOCKS = Set.of("p", "div", "table", "tbody", "thead", "tfoot", "ul", "ol",
            "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "section", "article", "header", "footer", "dl", "dt",
            "dd", "address", "center", "form", "fieldset", "main", "nav", "aside", "figure", "caption", "body");
    private static final int MAX_DEPTH = 200;
    private static final int MAX_LABEL_LENGTH = 60;

    private final StringBuilder out = new StringBuilder();
    private final StringBuilder line = new StringBuilder();
    private int quoteDepth;

    private HtmlToText() {
    }

    /** Plain lines for an HTML body; blockquotes become {@code >}-quoted lines. */
    public static String convert(String html) {
        HtmlToText converter = new HtmlToText();
        converter.render(Jsoup.parse(html).body(), 0, false);
        converter.breakLine();
        return converter.out.toString();
    }

    private void render(Node node, int depth, boolean pre) {
        if (node instanceof TextNode text) {
            appendText(pre ? text.getWholeText() : text.text(), pre);
            return;
        }
        if (!(node instanceof Element element)) {
            return; // comments, Outlook conditional blocks
        }
        String tag = element.normalName();
        if (SKIPPED.contains(tag)) {
            return;
        }
        if (depth > MAX_DEPTH) {
            appendText(element.text(), false);
            return;
        }
        switch (tag) {
            case "br" -> newLine();
            case "hr" -> {
                breakLine();
                line.append("________________________________");
                newLine();
            }
            case "blockquote" -> {
                breakLine();
                quoteDepth++;
                children(element, depth, pre);
                breakLine();
                quoteDepth--;
            }
            case "tr" -> {
                breakLine();
                row(element, depth);
                breakLine();
            }
            case "td", "th" -> children(element, depth, pre); // a cell outside a row
            default -> {
                boolean block = BLOCKS.contains(tag);
                if (block) {
                    breakLine();
                }
                if (tag.equals("li")) {
                    line.append("- ");
                }
                children(element, depth, pre || tag.equals("pre"));
                if (tag.equals("p")) {
                    newLine(); // an empty Outlook paragraph is a blank line
                } else if (block) {
                    breakLine();
                }
            }
        }
    }

    private void children(Element element, int depth, boolean pre) {
        for (Node child : element.childNodes()) {
            render(child, depth + 1, pre);
        }
    }

    /** A label/value row becomes one "Label: value" line; any other row renders its cells in turn. */
    private void row(Element tr, int depth) {
        List<Element> cells = new ArrayList<>();
        for (Element child : tr.children()) {
            if (child.normalName().equals("td") || child.normalName().equals("th")) {
                cells.add(child);
            }
        }
        if (cells.size() == 2 && isLabelValue(cells.get(0), cells.get(1))) {
            String label = cells.get(0).text().replace('\u00a0', ' ').strip();
            String value = oneLine(cells.get(1), depth);
            if (label.isEmpty()) {
                line.append(value);
            } else {
                line.append(label.endsWith(":") ? label : label + ":");
                if (!value.isEmpty()) {
                    line.append(' ').append(value);
                }
            }
            return;
        }
        for (Element cell : cells) {
            render(cell, depth + 1, false);
            if (!line.isEmpty() && line.charAt(line.length() - 1) != ' ') {
                line.append(' ');
            }
        }
    }

    private static boolean isLabelValue(Element label, Element value) {
        String text = label.text().strip();
        return label.selectFirst("table") == null && value.selectFirst("table") == null
                && text.length() <= MAX_LABEL_LENGTH && !text.contains("\n");
    }

    /** A value cell may hold several paragraphs; they are joined so the value stays on its label's line. */
    private static String oneLine(Element cell, int depth) {
        HtmlToText inner = new HtmlToText();
        inner.children(cell, depth + 1, false);
        inner.breakLine();
        return String.join(" ", inner.out.toString().lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    private void appendText(String text, boolean pre) {
        String clean = text.replace('\u00a0', ' ').replaceAll("[\u200b\u200c\u200d\ufeff]", "");
        if (pre) {
            String[] parts = clean.split("\r?\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    newLine();
                }
                line.append(parts[i]);
            }
            return;
        }
        if (clean.isEmpty()) {
            return;
        }
        boolean lineEmpty = line.toString().isBlank();
        if (lineEmpty) {
            clean = clean.stripLeading();
        } else if (Character.isWhitespace(clean.charAt(0)) && line.charAt(line.length() - 1) == ' ') {
            clean = clean.stripLeading();
        } else if (line.charAt(line.length() - 1) == ':' && !Character.isWhitespace(clean.charAt(0))) {
            line.append(' '); // "<b>Name:</b>Maria" still reads as "Name: Maria"
        }
        line.append(clean);
    }

    /** Ends the current line if it has text (block boundaries). */
    private void breakLine() {
        if (!line.toString().isBlank()) {
            newLine();
        }
    }

    /** Ends the current line, even an empty one ({@code <br>}). */
    private void newLine() {
        String content = line.toString().strip();
        line.setLength(0);
        if (content.isEmpty() && out.length() >= 2 && out.charAt(out.length() - 1) == '\n'
                && out.charAt(out.length() - 2) == '\n') {
            return; // at most one blank line in a row
        }
        if (content.isEmpty() && out.isEmpty()) {
            return;
        }
        out.append("> ".repeat(quoteDepth)).append(content).append('\n');
    }
}
