package org.pdbot.casefile;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads an intake email into the case text and its documents. Walks the MIME tree (any nesting, capped at
 * {@value #MAX_DEPTH} levels), takes text/plain over HTML, writes every attachment to a new file in the
 * attachment directory, and opens a case forwarded as an attachment (message/rfc822): its body becomes the
 * case text and its attachments become documents. What cannot be read becomes a problem, not an exception.
 */
public final class MailContentExtractor {

    static final int MAX_DEPTH = 20;
    /** More documents than any PD request carries; beyond it they are counted, not written to disk. */
    static final int MAX_DOCUMENTS = 100;
    private static final Session SESSION = Session.getInstance(new Properties());

    private final AttachmentStore store;

    /**
     * @param attachmentDir      where documents are written, each to a new file (created when missing)
     * @param maxAttachmentBytes a larger attachment is not kept and adds a problem
     */
    public MailContentExtractor(Path attachmentDir, long maxAttachmentBytes) {
        this.store = new AttachmentStore(attachmentDir, maxAttachmentBytes);
    }

    /**
     * @throws IOException when a document cannot be written to the attachment directory
     */
    public MailContent extract(MimeMessage message) throws MessagingException, IOException {
        Walk walk = new Walk();
        walk.message(message, 0);
        if (walk.skippedDocuments > 0) {
            walk.problems.add("The message has " + (MAX_DOCUMENTS + walk.skippedDocuments) + " attachments; pdbot"
                    + " keeps at most " + MAX_DOCUMENTS + " with a case: combine the documents into fewer files");
        }
        String caseText = CaseText.choose(walk.segments);
        if (caseText.isBlank()) {
            walk.problems.add("The message has no readable text");
            caseText = "";
        }
        return new MailContent(caseText, walk.documents, walk.problems);
    }

    /** One pass over a message tree; collects text segments (outer message first), documents and problems. */
    private final class Walk {
        final List<CaseText.Segment> segments = new ArrayList<>();
        final List<SupportingDocument> documents = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        private boolean depthReported;
        int skippedDocuments;

        void message(Part message, int depth) throws IOException {
            List<String> bodies = new ArrayList<>();
            List<MimeMessage> attached = new ArrayList<>();
            part(message, depth, bodies, attached);
            segments.addAll(CaseText.segments(String.join("\n\n", bodies)));
            for (MimeMessage inner : attached) {
                message(inner, depth + 1);
            }
        }

        /** {@code bodies} is null when this part is an alternative rendering not chosen: only documents count. */
        private void part(Part part, int depth, List<String> bodies, List<MimeMessage> attached) throws IOException {
            if (depth > MAX_DEPTH) {
                if (!depthReported) {
                    problems.add("The message is nested more than " + MAX_DEPTH + " levels deep; deeper parts were skipped");
                    depthReported = true;
                }
                return;
            }
            PartInfo info = PartInfo.of(part);
            if (info.isMultipart()) {
                multipart(part, info, depth, bodies, attached);
            } else if (info.isMessage()) {
                attachedMessage(part, attached);
            } else if (info.isDocument()) {
                if (documents.size() >= MAX_DOCUMENTS) {
                    skippedDocuments++;
                } else {
                    store.save(part, info, problems).ifPresent(documents::add);
                }
            } else if (bodies != null) {
                String text = text(part, info);
                if (text != null) {
                    bodies.add(text);
                }
            }
        }

        private void multipart(Part part, PartInfo info, int depth, List<String> bodies, List<MimeMessage> attached)
                throws IOException {
            List<BodyPart> children = new ArrayList<>();
            try {
                if (!(part.getContent() instanceof Multipart multipart)) {
                    problems.add("A " + info.baseType() + " section could not be read and was skipped");
                    return;
                }
                for (int i = 0; i < multipart.getCount(); i++) {
                    children.add(multipart.getBodyPart(i));
                }
            } catch (MessagingException | IOException | RuntimeException e) {
                // malformed boundaries and the like come from a sender, not from us
                problems.add("A " + info.baseType() + " section could not be read and was skipped");
                return;
            }
            if (info.baseType().equals("multipart/alternative") && bodies != null) {
                alternative(children, depth, bodies, attached);
                return;
            }
            for (BodyPart child : children) {
                part(child, depth + 1, bodies, attached);
            }
        }

        /**
         * Takes the text/plain rendering unless another one carries more "Label: value" lines (Outlook's plain
         * text of an HTML table loses the pairs). The renderings not taken still give their documents.
         */
        private void alternative(List<BodyPart> children, int depth, List<String> bodies, List<MimeMessage> attached)
                throws IOException {
            List<BodyPart> candidates = new ArrayList<>();
            children.stream().filter(c -> PartInfo.of(c).baseType().equals("text/plain")).forEach(candidates::add);
            children.stream().filter(c -> !candidates.contains(c)).forEach(candidates::add);
            BodyPart chosen = null;
            long chosenLabels = -1;
            for (BodyPart candidate : candidates) {
                String text = probe(candidate, depth);
                if (text != null && !text.isBlank()) {
                    long labels = CaseText.labelledLines(text);
                    if (labels > chosenLabels) {
                        chosen = candidate;
                        chosenLabels = labels;
                    }
                }
            }
            for (BodyPart child : children) {
                part(child, depth + 1, child == chosen ? bodies : null, attached);
            }
        }

        /** The text a rendering would give, read without side effects: no documents, no problems. */
        private String probe(Part part, int depth) {
            PartInfo info = PartInfo.of(part);
            if (depth > MAX_DEPTH || info.isDocument() && !info.isMultipart()) {
                return null;
            }
            if (!info.isMultipart()) {
                String text = PartText.read(part, info, new ArrayList<>());
                return text != null && info.isHtml() ? HtmlToText.convert(text) : text;
            }
            try {
                if (part.getContent() instanceof Multipart multipart) {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < multipart.getCount(); i++) {
                        String inner = probe(multipart.getBodyPart(i), depth + 1);
                        if (inner != null) {
                            text.append(inner).append("\n\n");
                            if (info.baseType().equals("multipart/alternative")) {
                                break;
                            }
                        }
                    }
                    return text.toString();
                }
            } catch (MessagingException | IOException | RuntimeException e) {
                // reported when the part is walked
            }
            return null;
        }

        private String text(Part part, PartInfo info) {
            String text = PartText.read(part, info, problems);
            return text != null && info.isHtml() ? HtmlToText.convert(text) : text;
        }

        private void attachedMessage(Part part, List<MimeMessage> attached) {
            try (InputStream in = part.getInputStream()) {
                attached.add(new MimeMessage(SESSION, in));
            } catch (MessagingException | IOException | RuntimeException e) {
                problems.add("An attached message could not be read and was skipped");
            }
        }
    }
}
