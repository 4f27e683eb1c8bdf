package org.pdbot.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Sorts the sentences of a request's reasons under OPLA's factors by the phrases each factor lists.
 * A sentence can touch several factors; sentences that touch none go under {@link Factor#OTHER}.
 */
public final class FactorClassifier {

    private final List<Factor> factors;
    private final Map<Factor, List<Pattern>> patterns = new LinkedHashMap<>();
    /**
     * The last reasons classified and their findings: one case's reasons are classified for the packet, the
     * mail, the cover mail and the compliance check in a row, and each pass runs some 200 phrase patterns
     * over every sentence.
     */
    private volatile Classified last;

    private record Classified(String reasons, List<FactorFinding> findings) {
    }

    public FactorClassifier(List<Factor> factors) {
        this.factors = List.copyOf(factors);
        for (Factor f : this.factors) {
            patterns.put(f, f.phrases().stream().map(FactorClassifier::compile).toList());
        }
    }

    /** Reads the factor file ({@code config/opla-factors.yaml}); a bad file is a readable error. */
    public static FactorClassifier load(Path yaml) {
        try {
            FactorFile file = new ObjectMapper(new YAMLFactory()).readValue(Files.readString(yaml), FactorFile.class);
            if (file == null || file.factors() == null || file.factors().isEmpty()) {
                throw new IllegalArgumentException("Factor file '" + yaml + "' lists no factors");
            }
            return new FactorClassifier(file.factors());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("Factor file '" + yaml + "' does not exist", e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Factor file '" + yaml + "' is not valid: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("Factor file '" + yaml + "' cannot be read: " + e.getMessage(), e);
        }
    }

    public List<Factor> factors() {
        return factors;
    }

    /**
     * The factors the reasons touch, in the factor file's order, each with its sentences in the order written;
     * then {@link Factor#OTHER} when some sentences touch no factor. Factors with no sentence are left out.
     */
    public List<FactorFinding> classify(String reasons) {
        Classified previous = last;
        if (previous != null && Objects.equals(previous.reasons(), reasons)) {
            return previous.findings();
        }
        List<FactorFinding> findings = List.copyOf(findings(reasons));
        last = new Classified(reasons, findings);
        return findings;
    }

    private List<FactorFinding> findings(String reasons) {
        Map<Factor, List<String>> found = new LinkedHashMap<>();
        factors.forEach(f -> found.put(f, new ArrayList<>()));
        List<String> other = new ArrayList<>();
        for (String sentence : Sentences.of(reasons)) {
            String text = normalize(sentence);
            boolean touched = false;
            for (Factor f : factors) {
                if (patterns.get(f).stream().anyMatch(p -> p.matcher(text).find())) {
                    found.get(f).add(sentence);
                    touched = true;
                }
            }
            if (!touched) {
                other.add(sentence);
            }
        }
        List<FactorFinding> findings = new ArrayList<>();
        found.forEach((f, sentences) -> {
            if (!sentences.isEmpty()) {
                findings.add(new FactorFinding(f, sentences));
            }
        });
        if (!other.isEmpty()) {
            findings.add(new FactorFinding(Factor.OTHER, other));
        }
        return findings;
    }

    /** A phrase matches whole words; a trailing {@code *} lets the last word run on. */
    private static Pattern compile(String phrase) {
        String p = normalize(phrase);
        boolean prefix = p.endsWith("*");
        if (prefix) {
            p = p.substring(0, p.length() - 1).strip();
        }
        String body = Pattern.quote(p).replace(" ", "\\E\\s+\\Q");
        return Pattern.compile("(?<![\\p{L}\\d])" + body + (prefix ? "" : "(?![\\p{L}\\d])"));
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replaceAll("\\s+", " ").strip();
    }

    private record FactorFile(List<Factor> factors) {
    }
}
