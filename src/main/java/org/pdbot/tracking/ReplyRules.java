package org.pdbot.tracking;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The phrase rules of {@code config/reply-rules.yaml}, tried in the file's order: the first rule with a phrase in
 * some sentence of the reply decides, unless that sentence also holds one of the rule's {@code unless} phrases.
 * Sentences holding an {@code ignore} phrase (mail disclaimers) are not read.
 */
final class ReplyRules {

    /** Classifications a phrase may decide; BOUNCE and OTHER come only from the mail's structure. */
    static final Set<Classification> BY_PHRASE = EnumSet.of(Classification.ACKNOWLEDGED, Classification.AGREED,
            Classification.DECLINED, Classification.MORE_INFO_REQUESTED, Classification.AUTO_REPLY);

    record Rule(Classification classification, List<Phrase> phrases, List<Phrase> unless) {
    }

    record Match(Classification classification, Phrase phrase, String sentence) {
        String describe() {
            return "phrase \"" + phrase.written() + "\"";
        }
    }

    private final List<Rule> rules;
    private final List<Phrase> ignore;

    ReplyRules(List<Rule> rules, List<Phrase> ignore) {
        this.rules = List.copyOf(rules);
        this.ignore = List.copyOf(ignore);
    }

    List<Rule> rules() {
        return rules;
    }

    Optional<Match> classify(String text) {
        List<String> sentences = ReplySentences.of(text).stream()
                .map(Phrase::normalize)
                .filter(s -> ignore.stream().noneMatch(p -> p.foundIn(s)))
                .toList();
        for (Rule rule : rules) {
            for (String sentence : sentences) {
                if (rule.unless().stream().anyMatch(p -> p.foundIn(sentence))) {
                    continue;
                }
                for (Phrase phrase : rule.phrases()) {
                    if (phrase.foundIn(sentence)) {
                        return Optional.of(new Match(rule.classification(), phrase, sentence));
                    }
                }
            }
        }
        return Optional.empty();
    }

    static ReplyRules load(Path yaml) {
        String name = "Reply rules file '" + yaml + "'";
        RulesFile file = RuleFiles.read(yaml, RulesFile.class, name);
        if (file == null || file.rules() == null || file.rules().isEmpty()) {
            throw new IllegalArgumentException(name + " lists no rules");
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < file.rules().size(); i++) {
            rules.add(rule(name + ", rule " + (i + 1), file.rules().get(i)));
        }
        return new ReplyRules(rules, phrases(name + ", ignore", file.ignore()));
    }

    private static Rule rule(String where, RuleEntry entry) {
        if (entry == null || entry.classification() == null || entry.classification().isBlank()) {
            throw new IllegalArgumentException(where + " has no classification");
        }
        Classification c = Arrays.stream(Classification.values())
                .filter(v -> v.name().equalsIgnoreCase(entry.classification().strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(where + " has classification '"
                        + entry.classification() + "', which is not one of " + BY_PHRASE));
        if (!BY_PHRASE.contains(c)) {
            throw new IllegalArgumentException(where + " has classification " + c
                    + ", which the mail's structure decides, not phrases; use one of " + BY_PHRASE);
        }
        if (entry.phrases() == null || entry.phrases().isEmpty()) {
            throw new IllegalArgumentException(where + " (" + c + ") lists no phrases");
        }
        return new Rule(c, phrases(where + " (" + c + ")", entry.phrases()), phrases(where + " (" + c + "), unless",
                entry.unless()));
    }

    private static List<Phrase> phrases(String where, List<String> written) {
        List<Phrase> out = new ArrayList<>();
        if (written == null) {
            return out;
        }
        for (String w : written) {
            try {
                out.add(Phrase.of(w == null ? "" : w));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private record RulesFile(List<RuleEntry> rules, List<String> ignore) {
    }

    private record RuleEntry(String classification, List<String> phrases,
                             @JsonProperty("unless") List<String> unless) {
    }
}
