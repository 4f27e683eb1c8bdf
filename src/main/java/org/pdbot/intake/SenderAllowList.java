package org.pdbot.intake;

import java.util.List;
import java.util.Locale;

/**
 * Who may send cases: exact addresses ({@code maria@clinic.test}) or whole domains ({@code *@clinic.test}),
 * from {@code pdbot.intake.allowed-senders}. Anyone else is quarantined and gets no answer at all.
 */
public final class SenderAllowList {

    private final List<String> patterns;

    public SenderAllowList(List<String> patterns) {
        this.patterns = patterns.stream().map(p -> p.strip().toLowerCase(Locale.ROOT)).filter(p -> !p.isEmpty()).toList();
    }

    public boolean allows(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        String a = address.strip().toLowerCase(Locale.ROOT);
        if (a.chars().filter(ch -> ch == '@').count() != 1) {
            return false;
        }
        return patterns.stream().anyMatch(p -> p.startsWith("*@") ? a.endsWith(p.substring(1)) : a.equals(p));
    }
}
