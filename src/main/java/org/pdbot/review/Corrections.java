package org.pdbot.review;

import java.util.ArrayList;
import java.util.List;
import org.pdbot.casefile.Attorney;
import org.pdbot.casefile.CaseDetails;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.CriminalHistory;
import org.pdbot.casefile.ReliefDetails;
import org.pdbot.casefile.SupportingDocument;

/** A draft's case with the attorney's corrections applied: every field they gave replaces the old value. */
final class Corrections {

    private Corrections() {
    }

    static boolean isEmpty(CaseFile c) {
        return c.name() == null && c.aNumber() == null && c.dateOfBirth() == null && c.country() == null
                && c.court() == null && c.detained() == null && c.facility() == null && c.nextHearing() == null
                && c.judge() == null && c.pdTypes().isEmpty() && c.reasons() == null && c.criminalHistory() == null
                && !c.attorney().isKnown() && c.attorney().eoirId() == null && c.office() == null
                && c.documents().isEmpty() && c.problems().isEmpty() && c.details().isEmpty();
    }

    static CaseFile apply(CaseFile base, CaseFile fix) {
        List<SupportingDocument> documents = new ArrayList<>(base.documents());
        documents.addAll(fix.documents());
        Attorney a = base.attorney();
        Attorney f = fix.attorney();
        return new CaseFile(
                or(fix.name(), base.name()),
                or(fix.aNumber(), base.aNumber()),
                or(fix.dateOfBirth(), base.dateOfBirth()),
                or(fix.country(), base.country()),
                or(fix.court(), base.court()),
                or(fix.detained(), base.detained()),
                or(fix.facility(), base.facility()),
                or(fix.nextHearing(), base.nextHearing()),
                or(fix.judge(), base.judge()),
                fix.pdTypes().isEmpty() ? base.pdTypes() : fix.pdTypes(),
                fix.pdTypes().isEmpty() ? base.pdRequested() : fix.pdRequested(),
                or(fix.reasons(), base.reasons()),
                history(base.criminalHistory(), fix.criminalHistory()),
                new Attorney(or(f.name(), a.name()), or(f.eoirId(), a.eoirId()), or(f.email(), a.email()),
                        or(f.phone(), a.phone()), or(f.barAdmission(), a.barAdmission()), or(f.eoir28(), a.eoir28())),
                or(fix.office(), base.office()),
                documents,
                fix.problems(),
                details(base, fix));
    }

    /**
     * The details with the fix's applied. A corrected PD type brings its own relations and unread parts: the
     * old ones belonged to the old types.
     */
    private static CaseDetails details(CaseFile base, CaseFile fix) {
        CaseDetails merged = base.details().with(fix.details());
        if (fix.pdTypes().isEmpty()) {
            return merged;
        }
        ReliefDetails r = merged.relief();
        ReliefDetails f = fix.details().relief();
        return new CaseDetails(merged.names(), merged.posture(), merged.applications(), merged.equities(),
                merged.summary(), merged.enforcementConcerns(), merged.custody(),
                new ReliefDetails(f.relations(), r.reliefSought(), r.afterDismissal(), r.clientConsent(), f.unread()),
                merged.criminalHistoryConfirmed());
    }

    /** A correction that gives only the mitigation ("Mitigation: …") keeps the history it mitigates. */
    private static CriminalHistory history(CriminalHistory base, CriminalHistory fix) {
        if (fix == null) {
            return base;
        }
        if (fix.isStated() || base == null) {
            return fix.mitigation() == null && base != null && fix.isStated() && !fix.none()
                    ? new CriminalHistory(false, fix.entries(), fix.records(), base.mitigation()) : fix;
        }
        return new CriminalHistory(base.none(), base.entries(), base.records(), fix.mitigation());
    }

    private static <T> T or(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
