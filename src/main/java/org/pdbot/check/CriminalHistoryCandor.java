package org.pdbot.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pdbot.casefile.CaseFile;
import org.pdbot.casefile.NameParts;

/**
 * Whether a case's narrative contradicts a criminal history of "none": a sentence that says the client was
 * arrested, charged, convicted, cited, jailed or on probation. A crime committed against the client, or by
 * someone else, is not the client's history. Who a crime word is about is read from a few grammar cues:
 * the subject of "was arrested", the object of "police arrested …", the owner of "his DUI", the subject of
 * the clause; the client is the client's name, "the client", or a pronoun of the client's gender. The words
 * themselves are in {@code config/compliance.yaml} ({@code candor}).
 *
 * <p>Longer than most: the grammar cues share one sentence walk and one idea of who the client is; split
 * apart they would each need the whole sentence again.
 */
final class CriminalHistoryCandor {

    /** The word lists of {@code candor} in {@code config/compliance.yaml}. */
    record Words(List<String> crimeWords, List<String> notCriminal, List<String> negations,
                 List<String> impliedRecord, List<String> victimCues, List<String> otherPeople) {
    }

    private enum Who { CLIENT, OTHER, UNKNOWN }

    /** Who a crime word is about, and whether a grammar cue said so (rather than the clause's first person). */
    private record Actor(Who who, boolean strong) {
        static final Actor UNKNOWN = new Actor(Who.UNKNOWN, false);
    }

    private record Token(String text, String lower, int start, int end) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d'’.-]*[\\p{L}\\d]|[\\p{L}\\d]");
    /** Punctuation that ends a clause for the subject of a verb (but not for a negation: "never arrested, charged or convicted"). */
    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[,;:()\\[\\]—–]|\\s-\\s");
    private static final Pattern STRONG_PUNCTUATION = Pattern.compile("[;:()\\[\\]—–]");
    private static final Set<String> CLAUSE_WORDS = Set.of("and", "but", "after", "when", "because", "while",
            "although", "though", "since", "before", "until", "whereas", "so", "then", "once", "if", "or", "nor",
            "who", "whom", "which", "that", "where", "whose");
    private static final Set<String> STRONG_WORDS = Set.of("but", "although", "though", "however", "whereas",
            "except", "yet", "while");
    private static final Set<String> RELATIVE = Set.of("who", "whom", "which", "that", "whose");
    private static final Set<String> AUXILIARIES = Set.of("was", "were", "is", "are", "been", "being", "be",
            "got", "get", "gets", "getting", "has", "have", "had");
    private static final Set<String> ADVERBS = Set.of("later", "also", "then", "subsequently", "again", "once",
            "ever", "eventually", "briefly", "initially", "wrongly", "wrongfully", "falsely", "mistakenly",
            "allegedly", "reportedly", "previously", "formally", "only", "first", "twice");
    /** Crime verbs whose object is the person the crime is about ("police arrested her"). */
    private static final Pattern PATIENT_VERB = Pattern.compile(
            "(?:arrested|convicted|charged|cited|sentenced|jailed|booked|incarcerated|imprisoned|ticketed)");
    private static final Set<String> PREPOSITIONS = Set.of("for", "at", "in", "on", "after", "with", "by",
            "during", "near", "because", "outside", "inside", "from", "over", "as", "and", "or");
    private static final Set<String> POSSESSIVES = Set.of("her", "his", "their", "my", "our");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs", "themselves");
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "myself");
    private static final Set<String> CLIENT_WORDS = Set.of("client", "client's", "respondent", "respondent's",
            "applicant", "applicant's", "noncitizen", "noncitizen's");
    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "da", "das", "do", "dos",
            "van", "von", "der", "den", "bin", "bint", "ibn", "al", "el", "le", "di", "du", "y", "e", "mr", "ms",
            "mrs", "mx", "dr", "miss");
    /** Capitalised words that are not people ("In 2009 ICE …", "Cobb County", "DUI"). */
    private static final Set<String> NOT_NAMES = Set.of("ice", "dhs", "cbp", "ero", "opla", "uscis", "eoir", "fbi",
            "u.s", "us", "county", "city", "state", "police", "court", "department", "in", "on", "at", "the", "a",
            "an", "after", "when", "before", "during", "since", "dui", "dwi", "owi", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "this",
            "that", "there", "although", "while", "because", "as", "no", "both", "one", "two", "three");

    private final Phrases crimeWords;
    private final Phrases notCriminal;
    private final Set<String> negations;
    private final Phrases impliedRecord;
    private final Phrases victimCues;
    private final Set<String> otherPeople;

    CriminalHistoryCandor(Words words) {
        this.crimeWords = new Phrases(words.crimeWords());
        this.notCriminal = new Phrases(words.notCriminal());
        this.negations = lower(words.negations());
        this.impliedRecord = new Phrases(words.impliedRecord());
        this.victimCues = new Phrases(words.victimCues());
        this.otherPeople = lower(words.otherPeople());
    }

    /**
     * The first sentence of the case's narrative (reasons, summary, equities, enforcement concerns) that speaks of
     * the client's own arrest, charge, conviction or the like, when the criminal history says none and the
     * attorney has not confirmed it; empty otherwise.
     */
    Optional<String> contradiction(CaseFile c) {
        if (c.criminalHistory() == null || !c.criminalHistory().none() || c.details().criminalHistoryConfirmed()) {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        texts.add(c.reasons());
        texts.add(c.details().summary());
        texts.add(c.details().enforcementConcerns());
        texts.add(c.criminalHistory().mitigation());
        c.details().equities().values().forEach(texts::addAll);
        String all = String.join("\n\n", texts.stream().filter(t -> t != null && !t.isBlank()).toList());
        Client client = Client.of(c, all);
        for (String sentence : NarrativeSentences.of(all)) {
            if (aboutClient(sentence, client)) {
                return Optional.of(sentence);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code sentence} speaks of an arrest, charge, conviction … of {@code client}. */
    boolean aboutClient(String sentence, Client client) {
        List<Phrases.Match> crimes = crimeWords.all(sentence);
        if (crimes.isEmpty()) {
            return false;
        }
        List<Phrases.Match> excluded = notCriminal.all(sentence);
        List<Phrases.Match> implied = impliedRecord.all(sentence);
        List<Token> tokens = tokens(sentence);
        boolean victim = victimCues.all(sentence).stream().anyMatch(v -> !accusedAgainst(sentence, v));
        boolean otherPresent = tokens.stream().anyMatch(t -> otherPeople.contains(t.lower())
                || otherPeople.contains(stripPossessive(t.lower())));
        for (Phrases.Match crime : crimes) {
            if (overlaps(crime, excluded)) {
                continue;
            }
            int k = tokenAt(tokens, crime.start());
            if (k < 0) {
                continue;
            }
            if (!overlaps(crime, implied) && negated(sentence, tokens, k)) {
                continue;
            }
            Actor actor = actor(sentence, tokens, k, crime, client);
            if (actor.who() == Who.CLIENT && (actor.strong() || !victim)) {
                return true;
            }
            if (actor.who() == Who.UNKNOWN && !otherPresent && !victim) {
                return true;
            }
        }
        return false;
    }

    /** "the charges against her", "the DUI case against him": the client accused, not harmed. */
    private static boolean accusedAgainst(String sentence, Phrases.Match cue) {
        return cue.phrase().startsWith("against")
                && ACCUSATION_BEFORE.matcher(sentence.substring(0, cue.start())).find();
    }

    private static final Pattern ACCUSATION_BEFORE = Pattern.compile(
            "\\b(?:case|cases|charges?|complaint|indictment|warrant|dui|dwi|proceedings|prosecution|citation)\\b"
                    + "(?:\\W+\\w+){0,2}\\W*$", Pattern.CASE_INSENSITIVE);

    private Actor actor(String sentence, List<Token> tokens, int k, Phrases.Match crime, Client client) {
        if (crime.phrase().endsWith("against")) {
            int last = tokenAt(tokens, crime.end() - 1);
            Actor object = classify(objectAfter(sentence, tokens, last), client, true);
            if (object.who() != Who.UNKNOWN) {
                return object;
            }
        }
        int aux = auxiliaryBefore(tokens, k);
        if (aux >= 0) {
            Actor subject = classify(subjectBefore(sentence, tokens, aux), client, true);
            if (subject.who() != Who.UNKNOWN) {
                return subject;
            }
            return classify(clauseStart(sentence, tokens, aux), client, false);
        }
        String word = tokens.get(k).lower();
        if (PATIENT_VERB.matcher(word).matches() && crime.end() <= tokens.get(k).end()) {
            Actor object = classify(objectAfter(sentence, tokens, k), client, true);
            if (object.who() != Who.UNKNOWN) {
                return object;
            }
        }
        Actor owner = possessor(sentence, tokens, k, client);
        if (owner.who() != Who.UNKNOWN) {
            return owner;
        }
        Actor subject = classify(clauseStart(sentence, tokens, k), client, false);
        if (subject.who() != Who.UNKNOWN) {
            return subject;
        }
        return classify(tokens.subList(0, k), client, false);
    }

    /** "was arrested", "has been charged", "was later convicted", "got arrested": the auxiliary's index. */
    private static int auxiliaryBefore(List<Token> tokens, int k) {
        int i = k - 1;
        while (i >= 0 && (ADVERBS.contains(tokens.get(i).lower()) || tokens.get(i).lower().endsWith("ly"))) {
            i--;
        }
        if (i >= 0 && (tokens.get(i).lower().equals("been") || tokens.get(i).lower().equals("being"))) {
            return i;
        }
        if (i >= 0 && AUXILIARIES.contains(tokens.get(i).lower()) && !Set.of("has", "have", "had")
                .contains(tokens.get(i).lower())) {
            return i;
        }
        return -1;
    }

    /** The words before the auxiliary back to the clause's start; through a relative pronoun to its antecedent. */
    private static List<Token> subjectBefore(String sentence, List<Token> tokens, int aux) {
        int i = aux - 1;
        // "has been", "had been": step over the perfect auxiliary
        while (i >= 0 && (AUXILIARIES.contains(tokens.get(i).lower()) || ADVERBS.contains(tokens.get(i).lower())
                || tokens.get(i).lower().endsWith("ly"))) {
            i--;
        }
        if (i >= 0 && RELATIVE.contains(tokens.get(i).lower())) {
            int end = i;
            int start = clauseStartIndex(sentence, tokens, end);
            return tokens.subList(start, end);
        }
        int start = clauseStartIndex(sentence, tokens, i + 1);
        if (start > 0 && RELATIVE.contains(tokens.get(start - 1).lower())) {
            // "the driver who hit her car was cited": the subject is the relative pronoun's antecedent
            List<Token> both = new ArrayList<>(tokens.subList(clauseStartIndex(sentence, tokens, start - 1), start - 1));
            both.addAll(tokens.subList(start, i + 1));
            return both;
        }
        return tokens.subList(start, i + 1);
    }

    private static List<Token> clauseStart(String sentence, List<Token> tokens, int k) {
        return tokens.subList(clauseStartIndex(sentence, tokens, k), k);
    }

    /** The index of the first word of the clause that holds the word at {@code k}. */
    private static int clauseStartIndex(String sentence, List<Token> tokens, int k) {
        for (int i = k - 1; i >= 0; i--) {
            if (CLAUSE_WORDS.contains(tokens.get(i).lower())) {
                return i + 1;
            }
            int gapEnd = i + 1 < tokens.size() ? tokens.get(i + 1).start() : sentence.length();
            if (i + 1 <= k && i + 1 < tokens.size() && CLAUSE_PUNCTUATION.matcher(
                    sentence.substring(tokens.get(i).end(), gapEnd)).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** "police arrested her husband for …": the words after the verb up to a preposition or the clause's end. */
    private static List<Token> objectAfter(String sentence, List<Token> tokens, int k) {
        List<Token> out = new ArrayList<>();
        for (int i = k + 1; i < tokens.size() && out.size() < 4; i++) {
            String gap = sentence.substring(tokens.get(i - 1).end(), tokens.get(i).start());
            if (CLAUSE_PUNCTUATION.matcher(gap).find() || PREPOSITIONS.contains(tokens.get(i).lower())
                    || CLAUSE_WORDS.contains(tokens.get(i).lower())) {
                break;
            }
            out.add(tokens.get(i));
        }
        return out;
    }

    /** "his 2009 DUI", "her husband's arrest", "Maria's conviction": whose it is. */
    private Actor possessor(String sentence, List<Token> tokens, int k, Client client) {
        int from = Math.max(clauseStartIndex(sentence, tokens, k), k - 3);
        for (int i = k - 1; i >= from; i--) {
            String w = tokens.get(i).lower();
            boolean possessive = w.endsWith("'s") || w.endsWith("s'") || POSSESSIVES.contains(w);
            if (possessive) {
                return classify(tokens.subList(i, k), client, true);
            }
        }
        return Actor.UNKNOWN;
    }

    /** Other people win over the client's pronouns in one phrase ("her husband"); then the client; then a stranger's name. */
    private Actor classify(List<Token> words, Client client, boolean strong) {
        Who found = Who.UNKNOWN;
        for (Token t : words) {
            String w = stripPossessive(t.lower());
            if (otherPeople.contains(w) || otherPeople.contains(t.lower())) {
                return new Actor(Who.OTHER, strong);
            }
        }
        for (Token t : words) {
            String w = stripPossessive(t.lower());
            if (client.names().contains(w) || CLIENT_WORDS.contains(t.lower()) || CLIENT_WORDS.contains(w)) {
                return new Actor(Who.CLIENT, strong);
            }
            Who pronoun = client.pronoun(w);
            if (pronoun != Who.UNKNOWN && found == Who.UNKNOWN) {
                found = pronoun;
            }
        }
        if (found != Who.UNKNOWN) {
            return new Actor(found, strong);
        }
        for (Token t : words) {
            String w = stripPossessive(t.lower());
            if (Character.isUpperCase(t.text().charAt(0)) && w.length() > 1 && !NOT_NAMES.contains(w)
                    && !t.text().equals(t.text().toUpperCase(Locale.ROOT)) && !client.names().isEmpty()) {
                return new Actor(Who.OTHER, strong);
            }
        }
        return Actor.UNKNOWN;
    }

    /** A negation before the crime word in the same stretch of the sentence: "has never been arrested, charged or convicted". */
    private boolean negated(String sentence, List<Token> tokens, int k) {
        for (int i = k - 1; i >= Math.max(0, k - 8); i--) {
            String w = tokens.get(i).lower();
            if (STRONG_WORDS.contains(w)) {
                return false;
            }
            String gap = sentence.substring(tokens.get(i).end(), tokens.get(i + 1).start());
            if (STRONG_PUNCTUATION.matcher(gap).find()) {
                return false;
            }
            if (negations.contains(w) || w.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(Phrases.Match m, List<Phrases.Match> others) {
        return others.stream().anyMatch(o -> o.start() < m.end() && m.start() < o.end());
    }

    private static int tokenAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return -1;
    }

    private static List<Token> tokens(String sentence) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            String text = m.group().replaceFirst("\\.$", "");
            out.add(new Token(text, text.toLowerCase(Locale.ROOT).replace('’', '\''), m.start(), m.end()));
        }
        return out;
    }

    private static String stripPossessive(String w) {
        return w.replaceFirst("['’]s$", "").replaceFirst("s'$", "s");
    }

    private static Set<String> lower(List<String> words) {
        Set<String> out = new HashSet<>();
        if (words != null) {
            words.forEach(w -> out.add(w.strip().toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    /**
     * The client as the narrative refers to them: the words of their names, and their pronouns (from the
     * honorific, else from the narrative's own use of she/her and he/him/his).
     */
    record Client(Set<String> names, Gender gender) {

        enum Gender { FEMALE, MALE, PLURAL }

        static Client of(CaseFile c, String narrative) {
            Set<String> names = new HashSet<>();
            NameParts n = c.details().names();
            List<String> all = new ArrayList<>();
            all.add(c.name());
            all.add(n.familyName());
            all.add(n.givenNames());
            all.add(n.onNta());
            all.addAll(n.aliases());
            for (String name : all) {
                if (name == null) {
                    continue;
                }
                for (String part : name.toLowerCase(Locale.ROOT).split("[^\\p{L}'’-]+")) {
                    if (part.length() > 1 && !PARTICLES.contains(part)) {
                        names.add(part);
                        for (String piece : part.split("-")) {
                            if (piece.length() > 1) {
                                names.add(piece);
                            }
                        }
                    }
                }
            }
            return new Client(names, gender(n.honorific(), narrative));
        }

        static Client named(String name, String narrative) {
            return of(CaseFile.builder().name(name).build(), narrative);
        }

        private static Gender gender(String honorific, String narrative) {
            if (honorific != null) {
                String h = honorific.toLowerCase(Locale.ROOT).replace(".", "").strip();
                if (h.equals("mr")) {
                    return Gender.MALE;
                }
                if (h.equals("ms") || h.equals("mrs") || h.equals("miss")) {
                    return Gender.FEMALE;
                }
            }
            if (narrative == null) {
                return null;
            }
            Map<Gender, Integer> counts = new java.util.EnumMap<>(Gender.class);
            for (Token t : tokens(narrative)) {
                String w = t.lower();
                Gender g = FEMALE.contains(w) ? Gender.FEMALE : MALE.contains(w) ? Gender.MALE : null;
                if (g != null) {
                    counts.merge(g, 1, Integer::sum);
                }
            }
            String lower = narrative.toLowerCase(Locale.ROOT);
            if (lower.matches("(?s).*\\b(?:mr\\.?)\\s+\\p{L}.*") && !lower.matches("(?s).*\\b(?:ms|mrs)\\.?\\s+\\p{L}.*")) {
                return Gender.MALE;
            }
            if (lower.matches("(?s).*\\b(?:ms|mrs)\\.?\\s+\\p{L}.*") && !lower.matches("(?s).*\\bmr\\.?\\s+\\p{L}.*")) {
                return Gender.FEMALE;
            }
            int f = counts.getOrDefault(Gender.FEMALE, 0);
            int m = counts.getOrDefault(Gender.MALE, 0);
            if (f > 2 * m) {
                return Gender.FEMALE;
            }
            if (m > 2 * f) {
                return Gender.MALE;
            }
            return null;
        }

        /** CLIENT for a pronoun of the client's gender (or any when it is not known), OTHER for another's. */
        private Who pronoun(String w) {
            Gender g = FEMALE.contains(w) ? Gender.FEMALE : MALE.contains(w) ? Gender.MALE
                    : PLURAL.contains(w) ? Gender.PLURAL : null;
            if (FIRST_PERSON.contains(w)) {
                return Who.CLIENT;
            }
            if (g == null) {
                return Who.UNKNOWN;
            }
            if (gender == null) {
                return g == Gender.PLURAL ? Who.UNKNOWN : Who.CLIENT;
            }
            return g == gender ? Who.CLIENT : g == Gender.PLURAL ? Who.UNKNOWN : Who.OTHER;
        }
    }
}
