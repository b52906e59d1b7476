package io.newsreel.processor.discover;

import static io.newsreel.processor.discover.AsciiChars.isLower;
import static io.newsreel.processor.discover.AsciiChars.isUpper;
import static io.newsreel.processor.discover.AsciiChars.lowerEnd;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds actor and character pairs by how articles write them. Which side is the actor is decided by the wording
 * ("as", "plays", "played by") or, for the bare {@code Name (Name)} form, by the caller, who knows which names are
 * real persons; here the parenthesized name of that form is taken as the actor, the way most outlets write it.
 */
public final class CastPatterns {

    /** A capitalized name of one to three words, hyphenated syllables allowed: a character or a person. */
    private static final String NAME =
            "(?<![\\w'-])[A-Z][a-zA-Z']+(?:-[a-z]+)?(?: [A-Z][a-zA-Z']+(?:-[a-z]+)?){0,2}";

    private static final GatedPattern PERSON_AS_CHARACTER = GatedPattern.betweenNames(Pattern.compile(
            "(?<person>" + NAME + ") \\((?:as|playing) (?<character>" + NAME + ")\\)"),
            Triggers.wordsBeforeCapital(" (as ", " (playing "), Stretch.words(Stretch.lettersAnd("'- ()"), 2, 4));
    private static final GatedPattern CHARACTER_ACTOR = GatedPattern.betweenNames(Pattern.compile(
            "(?<character>" + NAME + ") \\((?<person>" + NAME + ")\\)"),
            Triggers.wordsBeforeCapital(" ("), Stretch.words(Stretch.lettersAnd("'- ()"), 2, 3));
    private static final GatedPattern PLAYS = GatedPattern.betweenNames(Pattern.compile(
            "(?<person>" + NAME + "),? (?:who )?(?:plays|portrays|stars as|is cast as|was cast as|as) (?:the )?"
                    + "(?<character>" + NAME + ")"),
            Triggers.wordsBeforeName(" plays ", " portrays ", " as "),
            Stretch.words(Stretch.lettersAnd("'- ,"), 5, 5)).openingWhere(CastPatterns::namePlays);
    private static final List<String> PLAYS_VERBS = List.of("plays ", "portrays ", "stars as ", "is cast as ",
            "was cast as ", "as ");
    /** "Lee Sung-min's Jin Yang-chul": a person's character, when the character has a Korean name. */
    private static final GatedPattern POSSESSIVE = GatedPattern.betweenNames(Pattern.compile(
            "(?<person>" + NAME + ")['\u2019]s (?:[a-z]+ ){0,2}(?<character>" + KoreanNames.NAME + ")"),
            Triggers.wordsBeforeKoreanName(2, "'s ", "\u2019s "), Stretch.words(Stretch.lettersAnd("'\u2019- "), 2, 4));
    /** The most characters of an aside between actor and "is" ("Lim Ji-yeon, who turns 33, is ..."). */
    private static final int IS_ASIDE = 40;
    /** "Lim Ji-yeon is Park Yeon-jin": cast lists name the actor, then the character. */
    private static final GatedPattern IS = GatedPattern.betweenNames(Pattern.compile(
            "(?<person>" + KoreanNames.NAME + ")(?:, [^,.]{1," + IS_ASIDE + "},)? is (?<character>"
                    + KoreanNames.NAME + ")"),
            Triggers.wordsBeforeKoreanName(0, " is "),
            Stretch.chars(c -> c != '.', KoreanNames.LONGEST + ", ,".length() + IS_ASIDE,
                    " is ".length() + KoreanNames.LONGEST)).openingWhere(KoreanNameScanner::startsName);
    /** The most words between a casting verb and the character named after it. */
    private static final int WORDS_AFTER_VERB = 4;
    /**
     * "he played Song Sam-dong", "plays police officer Oh Seung-hoon", "as the family's founder, Jin Yang-chul":
     * the character after a casting verb and a few lower-case words, whoever the subject is.
     */
    private static final GatedPattern CAST_VERB_THEN_CHARACTER = GatedPattern.startingAt(Pattern.compile(
            "\\b(?:plays|played(?! by)|playing|portrays|portrayed(?! by)|portraying|(?<!such |well |known |same )as"
                    + "(?! (?:actor|actress|director|writer|screenwriter|singer|star|producer|pd|co-star)\\b))"
                    + "(?: (?:[a-z][a-z'\u2019-]*+|[A-Z][a-z-]*['\u2019]s)){0," + WORDS_AFTER_VERB + "}?,? "
                    + "(?<character>" + KoreanNames.NAME + ")"),
            Triggers.wordStartsBefore(CastPatterns::koreanNameAfterVerb, "play", "portray", "as"));
    private static final GatedPattern PLAYED_BY = GatedPattern.betweenNames(Pattern.compile(
            "(?<character>" + NAME + "),? (?:played|portrayed) by (?<person>" + NAME + ")"),
            Triggers.wordsBeforeCapital(" played by ", " portrayed by "),
            Stretch.words(Stretch.lettersAnd("'- ,"), 2, 5));

    private CastPatterns() {
    }

    /**
     * Whether a {@link #PLAYS} match can begin at {@code at}: a name of one to three words there, right after one of
     * them a casting verb, and a name after the verb. Most capitals near an "as" start no such thing, and the pattern,
     * which reads a name by trying word counts, costs much more to try than this.
     */
    private static boolean namePlays(final String text, final int at) {
        if (!CapitalizedName.startsAt(text, at)) {
            return false;
        }
        int wordStart = at;
        for (int words = 0; words < 3; words++) {
            final int end = CapitalizedName.wordEnd(text, wordStart);
            if (end < 0) {
                return false;
            }
            if (castVerbThenName(text, end)) {
                return true;
            }
            if (end + 1 >= text.length() || text.charAt(end) != ' ') {
                return false;
            }
            wordStart = end + 1;
        }
        return false;
    }

    /** Whether {@code ",? (?:who )?<verb> (?:the )?"} and a capital follow {@code at}. */
    private static boolean castVerbThenName(final String text, final int at) {
        int verb = at < text.length() && text.charAt(at) == ',' ? at + 1 : at;
        if (!text.startsWith(" ", verb)) {
            return false;
        }
        verb += text.startsWith(" who ", verb) ? " who ".length() : 1;
        for (final String words : PLAYS_VERBS) {
            if (text.startsWith(words, verb) && CapitalizedName.capitalMaybeAfterThe(text, verb + words.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a {@link #CAST_VERB_THEN_CHARACTER} match can go on from {@code after}, just past the first letters of
     * its verb: the rest of the verb, at most {@link #WORDS_AFTER_VERB} words as the pattern reads them, maybe a
     * comma, a space and a Korean-style name. Most "as" and "play" of an article have no such name after them, and
     * the pattern tries every number of words before it gives up.
     */
    private static boolean koreanNameAfterVerb(final String text, final int after) {
        int at = lowerEnd(text, after);
        for (int words = 0; ; words++) {
            final int space = at < text.length() && text.charAt(at) == ',' ? at + 1 : at;
            if (space < text.length() && text.charAt(space) == ' '
                    && KoreanNameScanner.startsName(text, space + 1)) {
                return true;
            }
            if (words == WORDS_AFTER_VERB || at + 1 >= text.length() || text.charAt(at) != ' ') {
                return false;
            }
            at = wordAfterVerbEnd(text, at + 1);
            if (at < 0) {
                return false;
            }
        }
    }

    /**
     * The end of a word the casting-verb pattern reads between verb and character, starting at {@code start}: a
     * lower-case one ("the", "family's", "ex-boyfriend") or a capitalized possessive ("Seoul's"); -1 if none.
     */
    private static int wordAfterVerbEnd(final String text, final int start) {
        final char first = text.charAt(start);
        if (isLower(first)) {
            int end = start + 1;
            while (end < text.length()
                    && (isLower(text.charAt(end)) || "'\u2019-".indexOf(text.charAt(end)) >= 0)) {
                end++;
            }
            return end;
        }
        if (isUpper(first)) {
            int end = start + 1;
            while (end < text.length() && (isLower(text.charAt(end)) || text.charAt(end) == '-')) {
                end++;
            }
            final boolean possessive = end + 1 < text.length() && "'\u2019".indexOf(text.charAt(end)) >= 0
                    && text.charAt(end + 1) == 's';
            return possessive ? end + 2 : -1;
        }
        return -1;
    }

    public static List<CastMention> find(final String text) {
        final List<CastMention> found = new ArrayList<>();
        collect(PERSON_AS_CHARACTER, text, "person-as-character", found);
        collect(PLAYED_BY, text, "character-played-by", found);
        collect(PLAYS, text, "person-plays-character", found);
        collect(CHARACTER_ACTOR, text, "character-(actor)", found);
        collect(POSSESSIVE, text, "person's-character", found);
        collect(IS, text, "person-is-character", found);
        return found;
    }

    /**
     * Character names an article gives after a casting verb even when it names no actor there ("he played Song
     * Sam-dong"): never persons, though no actor can be linked.
     */
    public static List<Span> characterOnly(final String text) {
        final List<Span> found = new ArrayList<>();
        CAST_VERB_THEN_CHARACTER.forEachMatch(text, matcher -> found.add(new Span(matcher.group("character"),
                matcher.start("character"), matcher.end("character"))));
        return found;
    }

    /**
     * A name and where it is written.
     *
     * @param text the name
     * @param start offset in the text
     * @param end end offset
     */
    public record Span(String text, int start, int end) {
    }

    private static void collect(final GatedPattern pattern, final String text, final String rule,
                                final List<CastMention> found) {
        pattern.forEachMatch(text, matcher -> {
            final int personStart = matcher.start("person");
            if (!overlapsAny(found, personStart, matcher.end("person"))) {
                found.add(new CastMention(matcher.group("person"), personStart, matcher.end("person"),
                        matcher.group("character"), matcher.start("character"), matcher.end("character"), rule));
            }
        });
    }

    private static boolean overlapsAny(final List<CastMention> found, final int start, final int end) {
        for (final CastMention known : found) {
            if (overlaps(known, start, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(final CastMention known, final int start, final int end) {
        return start < known.personEnd() && known.personStart() < end
                || start < known.characterEnd() && known.characterStart() < end;
    }
}
