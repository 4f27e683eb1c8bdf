package org.pdbot.render;

import org.pdbot.casefile.CaseFile;
import org.pdbot.directory.Office;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a case's PD request to one OPLA office: the subject (the office's own format when it has one) from
 * {@code request-subject.ftl}, and the letter ({@code letter.html.ftlh}) as XHTML and as the plain text a draft
 * shows; the packet builder lays out the same letter as the PDF.
 */
public final class RequestRenderer {

    static final String SUBJECT = "request-subject.ftl";
    static final String COVER_TEXT = "request-cover.txt.ftl";
    static final String COVER_HTML = "request-cover.html.ftlh";
    /** Where the factor file is looked for by {@link #RequestRenderer(Templates, Clinic)}. */
    static final Path DEFAULT_FACTORS = Path.of("config", "opla-factors.yaml");

    private final Templates templates;
    private final Clinic clinic;
    private final FactorClassifier classifier;
    private final CourtNames courts;

    /** Reads OPLA's factors from {@code config/opla-factors.yaml} in the working directory. */
    public RequestRenderer(Templates templates, Clinic clinic) {
        this(templates, clinic, FactorClassifier.load(DEFAULT_FACTORS));
    }

    public RequestRenderer(Templates templates, Clinic clinic, FactorClassifier classifier) {
        this(templates, clinic, classifier, CourtNames.asWritten());
    }

    public RequestRenderer(Templates templates, Clinic clinic, FactorClassifier classifier, CourtNames courts) {
        this.templates = Objects.requireNonNull(templates);
        this.clinic = Objects.requireNonNull(clinic);
        this.classifier = Objects.requireNonNull(classifier);
        this.courts = Objects.requireNonNull(courts);
    }

    /** @throws RenderException naming the template and the value when the case lacks something required */
    public RenderedRequest render(CaseFile c, Office office, String reference, LocalDate today) {
        Map<String, Object> model = new java.util.HashMap<>(RequestModel.of(c, office, clinic, reference, today, classifier, courts));
        String subject = hasOwnFormat(office)
                ? templates.renderSource("subject format of office " + office.code(), office.subjectFormat(), model)
                : templates.render(SUBJECT, model);
        model.put("exhibits", listedExhibits(c));
        String letter = templates.render(PacketBuilder.LETTER, model);
        return new RenderedRequest(Text.subject(subject), LetterText.of(letter), letter);
    }

    /** The exhibit index before the packet is laid out: every document listed, no page numbers yet. */
    private static java.util.List<Map<String, Object>> listedExhibits(CaseFile c) {
        java.util.List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (int i = 0; i < c.documents().size(); i++) {
            var d = c.documents().get(i);
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("number", i + 1);
            m.put("fileName", Text.oneLine(d.fileName()));
            m.put("description", ExhibitCitations.description(d));
            if (d.date() != null) {
                m.put("date", WrittenDates.date(d.date()));
            }
            m.put("status", "listed");
            out.add(m);
        }
        return out;
    }

    /**
     * The short mail that carries the PDF packet to OPLA ({@code request-cover.txt.ftl} and
     * {@code request-cover.html.ftlh}): the identifying block, the request in one sentence and what is attached,
     * never an empty body. {@code packet} describes the attachment: {@code {fileNames (list), exhibits (number)}}.
     */
    public RenderedRequest renderCover(CaseFile c, Office office, String reference, LocalDate today,
                                       Map<String, Object> packet) {
        Map<String, Object> model = new java.util.HashMap<>(RequestModel.of(c, office, clinic, reference, today, classifier, courts));
        model.put("packet", packet);
        String subject = hasOwnFormat(office)
                ? templates.renderSource("subject format of office " + office.code(), office.subjectFormat(), model)
                : templates.render(SUBJECT, model);
        return new RenderedRequest(Text.subject(subject), templates.render(COVER_TEXT, model),
                templates.render(COVER_HTML, model));
    }

    private static boolean hasOwnFormat(Office office) {
        return office != null && office.subjectFormat() != null && !office.subjectFormat().isBlank();
    }
}
