package io.newsreel.processor.discover;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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

    private static final Pattern PERSON_AS_CHARACTER = Pattern.compile(
            "(?<person>" + NAME + ") \\((?:as|playing) (?<character>" + NAME + ")\\)");
    private static final Pattern CHARACTER_ACTOR = Pattern.compile(
            "(?<character>" + NAME + ") \\((?<person>" + NAME + ")\\)");
    private static final Pattern PLAYS = Pattern.compile(
            "(?<person>" + NAME + "),? (?:who )?(?:plays|portrays|stars as|is cast as|was cast as|as) (?:the )?"
                    + "(?<character>" + NAME + ")");
    /** "Lee Sung-min's Jin Yang-chul": a person's character, when the character has a Korean name. */
    private static final Pattern POSSESSIVE = Pattern.compile(
            "(?<person>" + NAME + ")['\u2019]s (?:[a-z]+ ){0,2}(?<character>" + KoreanNames.NAME + ")");
    /** "Lim Ji-yeon is Park Yeon-jin": cast lists name the actor, then the character. */
    private static final Pattern IS = Pattern.compile(
            "(?<person>" + KoreanNames.NAME + ")(?:, [^,.]{1,40},)? is (?<character>" + KoreanNames.NAME + ")");
    /**
     * "he played Song Sam-dong", "plays police officer Oh Seung-hoon", "as the family's founder, Jin Yang-chul":
     * the character after a casting verb and a few lower-case words, whoever the subject is.
     */
    private static final Pattern CAST_VERB_THEN_CHARACTER = Pattern.compile(
            "\\b(?:plays|played(?! by)|playing|portrays|portrayed(?! by)|portraying|(?<!such |well |known |same )as"
                    + "(?! (?:actor|actress|director|writer|screenwriter|singer|star|producer|pd|co-star)\\b))"
                    + "(?: ?(?:[a-z][a-z'\u2019-]*|[A-Z][a-z-]*['\u2019]s)){0,4}?,? (?<character>"
                    + KoreanNames.NAME + ")");
    private static final Pattern PLAYED_BY = Pattern.compile(
            "(?<character>" + NAME + "),? (?:played|portrayed) by (?<person>" + NAME + ")");

    private CastPatterns() {
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
        final Matcher matcher = CAST_VERB_THEN_CHARACTER.matcher(text);
        while (matcher.find()) {
            found.add(new Span(matcher.group("character"), matcher.start("character"), matcher.end("character")));
        }
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

    private static void collect(final Pattern pattern, final String text, final String rule,
                                final List<CastMention> found) {
        final Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            final int personStart = matcher.start("person");
            if (found.stream().anyMatch(known -> overlaps(known, personStart, matcher.end("person")))) {
                continue;
            }
            found.add(new CastMention(matcher.group("person"), personStart, matcher.end("person"),
                    matcher.group("character"), matcher.start("character"), matcher.end("character"), rule));
        }
    }

    private static boolean overlaps(final CastMention known, final int start, final int end) {
        return start < known.personEnd() && known.personStart() < end
                || start < known.characterEnd() && known.characterStart() < end;
    }
}
