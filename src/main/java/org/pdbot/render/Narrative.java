package org.pdbot.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The attorney's own text as the letter prints it: every sentence once, in the order written. Paragraphs stay
 * paragraphs; lines written as a bulleted or numbered list stay a list (pdbot does not turn notes into prose).
 * Numeric dates are written out; nothing else in the text changes.
 */
final class Narrative {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+•·◦▪–]|\\(?\\d{1,3}[.)]|\\(?[a-z][.)])\\s+");

    private Narrative() {
    }

    /**
     * The blocks of {@code text}: {@code {kind: "paragraph", text, cite (optional)}} or
     * {@code {kind: "list", items: [{text, cite (optional)}]}}; {@code cite} is the "See Ex. 3." that follows.
     */
    static List<Map<String, Object>> blocks(String text, ExhibitCitations citations) {
        List<Map<String, Object>> blocks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return blocks;
        }
        for (String chunk : PARAGRAPH_BREAK.split(text.strip())) {
            StringBuilder paragraph = new StringBuilder();
            List<Map<String, Object>> items = new ArrayList<>();
            for (String line : chunk.strip().split("\\R")) {
                String l = line.strip();
                if (l.isEmpty()) {
                    continue;
                }
                if (BULLET.matcher(l).lookingAt()) {
                    flushParagraph(paragraph, blocks, citations);
                    items.add(piece(BULLET.matcher(l).replaceFirst(""), citations));
                } else if (!items.isEmpty() && paragraph.isEmpty() && line.startsWith(" ")) {
                    // an indented line continues the list item above it
                    Map<String, Object> last = items.get(items.size() - 1);
                    items.set(items.size() - 1, piece(last.get("raw") + " " + l, citations));
                } else {
                    flushList(items, blocks);
                    paragraph.append(paragraph.isEmpty() ? "" : " ").append(l.replaceAll("\\s+", " "));
                }
            }
            flushParagraph(paragraph, blocks, citations);
            flushList(items, blocks);
        }
        return blocks;
    }

    private static void flushParagraph(StringBuilder paragraph, List<Map<String, Object>> blocks,
                                       ExhibitCitations citations) {
        if (paragraph.isEmpty()) {
            return;
        }
        Map<String, Object> block = piece(paragraph.toString(), citations);
        block.put("kind", "paragraph");
        blocks.add(block);
        paragraph.setLength(0);
    }

    private static void flushList(List<Map<String, Object>> items, List<Map<String, Object>> blocks) {
        if (items.isEmpty()) {
            return;
        }
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("kind", "list");
        block.put("items", List.copyOf(items));
        blocks.add(block);
        items.clear();
    }

    private static Map<String, Object> piece(String raw, ExhibitCitations citations) {
        String text = WrittenDates.inText(raw.replaceAll("\\s+", " ").strip());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("raw", raw);
        m.put("text", text);
        String cite = citations.cite(text);
        if (cite != null) {
            m.put("cite", cite);
        }
        return m;
    }
}
