package org.pdbot.render;

import org.pdbot.casefile.CaseFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders the reply to a staff member whose case cannot be sent yet ({@code needs-info-subject.ftl},
 * {@code needs-info.txt.ftl}): the problems, what pdbot did read (by field name; the A-number only masked),
 * and how to fix it.
 */
public final class NeedsInfoRenderer {

    static final String SUBJECT = "needs-info-subject.ftl";
    static final String TEXT = "needs-info.txt.ftl";

    private final Templates templates;

    public NeedsInfoRenderer(Templates templates) {
        this.templates = Objects.requireNonNull(templates);
    }

    public NeedsInfoReply render(String originalSubject, CaseFile c, List<String> problems) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("originalSubject", Text.oneLine(originalSubject));
        model.put("problems", problems == null ? List.of()
                : problems.stream().map(Text::oneLine).filter(Objects::nonNull).toList());
        model.put("aNumberMasked", c == null || c.aNumber() == null ? null : c.aNumber().masked());
        model.put("fieldsRead", c == null ? List.of() : fieldsRead(c));
        model.put("documentCount", c == null ? 0 : c.documents().size());
        return new NeedsInfoReply(Text.subject(templates.render(SUBJECT, model)), templates.render(TEXT, model));
    }

    /** The names of the fields pdbot found, never their values. */
    private static List<String> fieldsRead(CaseFile c) {
        List<String> read = new ArrayList<>();
        addIf(read, c.name() != null, "Name");
        addIf(read, c.aNumber() != null, "A-Number");
        addIf(read, c.dateOfBirth() != null, "Date of birth");
        addIf(read, c.country() != null, "Country");
        addIf(read, c.court() != null, "Immigration court");
        addIf(read, c.judge() != null, "Immigration judge");
        addIf(read, c.detained() != null, "Custody (detained or not)");
        addIf(read, c.facility() != null, "Detention facility");
        addIf(read, c.nextHearing() != null, "Next hearing");
        addIf(read, !c.pdTypes().isEmpty(), "PD requested");
        addIf(read, c.reasons() != null && !c.reasons().isBlank(), "Reasons");
        addIf(read, c.criminalHistory() != null && c.criminalHistory().isStated(), "Criminal history");
        addIf(read, c.attorney().name() != null, "Attorney");
        addIf(read, c.attorney().eoirId() != null, "EOIR ID");
        addIf(read, c.office() != null, "Office");
        return read;
    }

    private static void addIf(List<String> list, boolean present, String label) {
        if (present) {
            list.add(label);
        }
    }
}
