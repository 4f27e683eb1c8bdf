package org.pdbot.casefile;

/**
 * Undoes RFC 3676 format=flowed soft line breaks (Apple Mail, Thunderbird), so that a long "Reasons:" value
 * arrives as one line. Quote depth is kept: a flowed line only joins the next line of the same depth.
 */
final class FlowedText {

    private FlowedText() {
    }

    static String unflow(String text, boolean delSp) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder paragraph = null;
        int paragraphDepth = 0;
        for (String line : lines) {
            int depth = 0;
            while (depth < line.length() && line.charAt(depth) == '>') {
                depth++;
            }
            String content = line.substring(depth);
            if (content.startsWith(" ")) {
                content = content.substring(1); // space-stuffing
            }
            if (paragraph != null && depth != paragraphDepth) {
                out.append(paragraph).append('\n');
                paragraph = null;
            }
            if (paragraph == null) {
                paragraph = new StringBuilder(">".repeat(depth) + (depth > 0 ? " " : ""));
                paragraphDepth = depth;
            }
            boolean soft = content.endsWith(" ") && !content.equals("-- ");
            paragraph.append(soft && delSp ? content.substring(0, content.length() - 1) : content);
            if (!soft) {
                out.append(paragraph).append('\n');
                paragraph = null;
            }
        }
        if (paragraph != null) {
            out.append(paragraph);
        }
        return out.toString();
    }
}
