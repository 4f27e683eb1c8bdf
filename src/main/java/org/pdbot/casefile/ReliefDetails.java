package org.pdbot.casefile;

import java.util.List;

/**
 * What the PD types in a request need beyond their names. Any part may be null.
 *
 * @param relations      one per {@link CaseFile#pdTypes()} entry, in the same order; the first is PRIMARY. Empty when
 *                       the intake said nothing about them (then every later type is read as an alternative)
 * @param reliefSought   for a stipulation: the relief and its statute ("cancellation of removal, INA § 240A(b)(1)")
 * @param afterDismissal for dismissal or termination: what the client will do next ("adjust status before USCIS
 *                       on the approved I-130")
 * @param clientConsent  whether the client gave informed consent to dismissal (the consequences explained)
 * @param unread         parts of the PD request text that named no PD type pdbot knows, as written
 */
public record ReliefDetails(List<PdRelation> relations, String reliefSought, String afterDismissal,
                            Boolean clientConsent, List<String> unread) {

    public static final ReliefDetails NONE = new ReliefDetails(List.of(), null, null, null, List.of());

    public ReliefDetails {
        relations = relations == null ? List.of() : List.copyOf(relations);
        unread = unread == null ? List.of() : List.copyOf(unread);
    }

    /** The relation of the type at {@code index}: given, or PRIMARY for the first and ALTERNATIVE after it. */
    public PdRelation relation(int index) {
        if (index < relations.size()) {
            return relations.get(index);
        }
        return index == 0 ? PdRelation.PRIMARY : PdRelation.ALTERNATIVE;
    }

    public ReliefDetails with(ReliefDetails fix) {
        return new ReliefDetails(fix.relations.isEmpty() ? relations : fix.relations,
                or(fix.reliefSought, reliefSought), or(fix.afterDismissal, afterDismissal),
                or(fix.clientConsent, clientConsent), fix.unread.isEmpty() ? unread : fix.unread);
    }

    private static <T> T or(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
