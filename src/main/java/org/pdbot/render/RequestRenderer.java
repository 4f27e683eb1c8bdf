package org.pdbot.render;

import org.pdbot.casefile.CaseFile;
import org.pdbot.directory.Office;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Renders a case's PD request to one OPLA office: subject (the office's own format when it has one), plain
 * text and HTML, from {@code request-subject.ftl}, {@code request-body.txt.ftl} and
 * {@code request-body.html.ftlh}.
 */
public final class RequestRenderer {

    static final String SUBJECT = "request-subject.ftl";
    static final String TEXT = "request-body.txt.ftl";
    static final String HTML = "request-body.html.ftlh";
    static final String COVER_TEXT = "request-cover.txt.ftl";
    static final String COVER_HTML = "request-cover.html.ftlh";
    /** Where the factor file is looked for by {@link #RequestRenderer(Templates, Clinic)}. */
    static final Path DEFAULT_FACTORS = Path.of("config", "opla-factors.yaml");

    private final Templates templates;
    private final Clinic clinic;
    private final FactorClassifier classifier;

    /** Reads OPLA's factors from {@code config/opla-factors.yaml} in the working directory. */
    public RequestRenderer(Templates templates, Clinic clinic) {
        this(templates, clinic, FactorClassifier.load(DEFAULT_FACTORS));
    }

    public RequestRenderer(Templates templates, Clinic clinic, FactorClassifier classifier) {
        this.templates = Objects.requireNonNull(templates);
        this.clinic = Objects.requireNonNull(clinic);
        this.classifier = Objects.requireNonNull(classifier);
    }

    /** @throws RenderException naming the template and the value when the case lacks something required */
    public RenderedRequest render(CaseFile c, Office office, String reference, LocalDate today) {
        Map<String, Object> model = RequestModel.of(c, office, clinic, reference, today, classifier);
        String subject = hasOwnFormat(office)
                ? templates.renderSource("subject format of office " + office.code(), office.subjectFormat(), model)
                : templates.render(SUBJECT, model);
        return new RenderedRequest(Text.subject(subject), templates.render(TEXT, model),
                templates.render(HTML, model));
    }

    /**
     * The short mail that carries the PDF packet to OPLA ({@code request-cover.txt.ftl} and
     * {@code request-cover.html.ftlh}): the identifying block, the request in one sentence and what is attached,
     * never an empty body. {@code packet} describes the attachment: {@code {fileNames (list), exhibits (number)}}.
     */
    public RenderedRequest renderCover(CaseFile c, Office office, String reference, LocalDate today,
                                       Map<String, Object> packet) {
        Map<String, Object> model = new java.util.HashMap<>(RequestModel.of(c, office, clinic, reference, today, classifier));
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
