package org.pdbot.casefile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a case gives beyond the fields OPLA requires, for a letter an attorney signs unchanged: the name as
 * filed, the procedural posture, applications for relief, the equities by factor, custody and the details of the
 * relief asked for. Every part is optional; nothing here is ever invented by pdbot.
 *
 * @param equities                  facts by OPLA factor, as the clinic wrote them: factor code (from
 *                                  {@code config/opla-factors.yaml}, e.g. {@code family}) to its facts, in order
 * @param summary                   a short summary of why PD is warranted, as written
 * @param enforcementConcerns       why the client is not an enforcement concern, as written
 * @param criminalHistoryConfirmed  the attorney confirmed the criminal-history statement although the narrative
 *                                  seems to contradict it (a correction line)
 */
public record CaseDetails(NameParts names, Posture posture, List<Application> applications,
                          Map<String, List<String>> equities, String summary, String enforcementConcerns,
                          Custody custody, ReliefDetails relief, boolean criminalHistoryConfirmed) {

    public static final CaseDetails NONE = new CaseDetails(NameParts.NONE, Posture.UNKNOWN, List.of(), Map.of(),
            null, null, Custody.NONE, ReliefDetails.NONE, false);

    public CaseDetails {
        names = names == null ? NameParts.NONE : names;
        posture = posture == null ? Posture.UNKNOWN : posture;
        applications = applications == null ? List.of() : List.copyOf(applications);
        equities = equities == null ? Map.of() : copy(equities);
        custody = custody == null ? Custody.NONE : custody;
        relief = relief == null ? ReliefDetails.NONE : relief;
    }

    /** Each part {@code fix} gives replaces this one's (a correction to a draft). */
    public CaseDetails with(CaseDetails fix) {
        Map<String, List<String>> mergedEquities = new LinkedHashMap<>(equities);
        mergedEquities.putAll(fix.equities);
        return new CaseDetails(names.with(fix.names), posture.with(fix.posture),
                fix.applications.isEmpty() ? applications : fix.applications, mergedEquities,
                fix.summary != null ? fix.summary : summary,
                fix.enforcementConcerns != null ? fix.enforcementConcerns : enforcementConcerns,
                custody.with(fix.custody), relief.with(fix.relief),
                criminalHistoryConfirmed || fix.criminalHistoryConfirmed);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> in) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        in.forEach((factor, facts) -> out.put(factor, List.copyOf(facts)));
        return Collections.unmodifiableMap(out);
    }
}
