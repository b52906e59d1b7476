package io.newsreel.processor.match;

import java.util.Arrays;

/**
 * Folds the spelling variants of romanized Korean (Revised Romanization, McCune-Reischauer without its breves, and
 * the popular spellings of passports and agencies) to one key, so that "Keum", "Kuem" and "Geum", or "Jeong",
 * "Jung" and "Chung", key alike. Works on {@link TextNormalizer} output: every maximal run of {@code a-z} is keyed
 * on its own, everything else (spaces, digits, other characters) is kept as it is.
 *
 * <p>Rules, applied left to right and repeated until nothing changes (which makes the key idempotent):
 * <ul>
 *   <li>vowels: {@code eo → u} ({@code weo → wo}), {@code eu → u}, {@code ue → u} (the "Kuem" transposition),
 *       {@code oo → u}, {@code ou → u} before {@code n} (Young, Youn), {@code ee → i},
 *       {@code ai → ae} (Paik);</li>
 *   <li>consonants: {@code g → k} except in {@code ng}, {@code b → p}, {@code d → t}, {@code ch → j},
 *       {@code sh → s}, {@code ck → k}, a doubled {@code k t p s j} written once, and an {@code h} after a vowel
 *       dropped unless a vowel, {@code y} or {@code w} follows (Sohn, Noh, Ahn, Suh);</li>
 *   <li>whole runs: the family names whose usual spellings no rule links: Yi, Rhee, Rhie → {@code li} (as Lee);
 *       Roh → {@code no} (as Noh); Park → {@code pak} (as Bak, Pak); Lim, Rim, Yim → {@code im}.</li>
 * </ul>
 *
 * <p>Deliberately not folded, because each would merge syllables Korean names keep apart: a plain {@code o} with
 * {@code u} or {@code eo} (Song 송 and Seong 성, Yong 용 and Yeong 영); {@code ae} with {@code e} (Sae 새 and Se
 * 세); {@code l} with {@code r} in general; {@code oe} with {@code oi} (Choe and Choi would also take in "Joe").
 * Kim keys as {@code kim}, and so does Gim. Shin and Sin share {@code sin}; Seon keys as {@code sun}, so it stays
 * apart from Shin.
 *
 * <p>Some keys are English words ({@code son} for Sohn, {@code no} for Noh, {@code an} for Ahn): a single-token
 * match needs a second signal (see {@link NameForms#isCommonWord}).
 */
public final class RomanizationKey {

    /** Whole-run spellings (already keyed) and their key. Each key is keyed already and is not itself a spelling. */
    private static final String[][] FAMILY_SPELLINGS = {
        {"yi", "li"}, {"rhi", "li"}, {"rhie", "li"}, {"ro", "no"}, {"park", "pak"},
        {"lim", "im"}, {"rim", "im"}, {"yim", "im"},
    };

    /** By letter: whether a whole-run spelling opens with it; almost no run is compared with the spellings. */
    private static final boolean[] SPELLING_OPENINGS = spellingOpenings();

    private RomanizationKey() {
    }

    private static boolean[] spellingOpenings() {
        final boolean[] openings = new boolean['z' - 'a' + 1];
        for (final String[] spelling : FAMILY_SPELLINGS) {
            openings[spelling[0].charAt(0) - 'a'] = true;
        }
        return openings;
    }

    /** The key of one token, or of a space-separated phrase token by token. Null keys as the empty string. */
    public static String key(final String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        final char[] chars = text.toCharArray();
        final int length = keyInPlace(chars, null);
        // Most English tokens come back unchanged: hand back the same string rather than a copy.
        return regionEquals(chars, 0, length, text) ? text : new String(chars, 0, length);
    }

    /**
     * The key of a given name written as one word, from its syllables however they were split: "sae", "rok" and
     * "saerok" both give the key of "saerok". Joining first matters: the rules may read across the old boundary.
     */
    public static String keyOfJoined(final String... tokens) {
        return tokens == null ? "" : key(String.join("", tokens));
    }

    /**
     * Keys a whole normalized text, keeping the way back: {@code origin[i]} of the result is the original index
     * that {@code normalized.origin()} gave for the character the key character came from. A keyed token's first
     * and last characters map to its token's first and last, so a whole-token match maps back exactly.
     */
    public static NormalizedText keyText(final NormalizedText normalized) {
        final char[] chars = normalized.text().toCharArray();
        final int[] origin = Arrays.copyOf(normalized.origin(), chars.length);
        final int length = keyInPlace(chars, origin);
        return new NormalizedText(new String(chars, 0, length), origin);
    }

    /** Keys the runs of {@code a-z} in place, compacting; returns the new length. */
    private static int keyInPlace(final char[] chars, final int[] origin) {
        int write = 0;
        int read = 0;
        while (read < chars.length) {
            if (!isLetter(chars[read])) {
                move(chars, origin, read++, write++);
                continue;
            }
            int runEnd = read;
            while (runEnd < chars.length && isLetter(chars[runEnd])) {
                runEnd++;
            }
            // Runs are a word or less: a plain loop copies them (towards the front, so it never overwrites what
            // it has yet to read) faster than the bulk copies, made for long runs.
            final int runLength = runEnd - read;
            for (int i = 0; i < runLength; i++) {
                chars[write + i] = chars[read + i];
            }
            final int keyedLength = keyRun(chars, write, write + runLength) - write;
            if (origin != null) {
                // Key characters take the origins of the characters at the same offset; the last takes the run's
                // last, so that a match ending on this token ends where the token ended.
                final int last = origin[runEnd - 1];
                for (int i = 0; i < keyedLength - 1; i++) {
                    origin[write + i] = origin[read + i];
                }
                origin[write + keyedLength - 1] = last;
            }
            write += keyedLength;
            read = runEnd;
        }
        return write;
    }

    private static void move(final char[] chars, final int[] origin, final int from, final int to) {
        chars[to] = chars[from];
        if (origin != null) {
            origin[to] = origin[from];
        }
    }

    /** Keys {@code chars[from, to)}; returns the new end. */
    private static int keyRun(final char[] chars, final int from, final int to) {
        int end = to;
        // Every pass that changes something either shortens the run or turns a b, d, g or i into a letter no rule
        // turns back, so this ends; and its result is one a further pass leaves alone.
        for (int next = pass(chars, from, end); next >= 0; next = pass(chars, from, end)) {
            end = next;
        }
        if (!SPELLING_OPENINGS[chars[from] - 'a']) {
            return end;
        }
        for (final String[] spelling : FAMILY_SPELLINGS) {
            if (regionEquals(chars, from, end, spelling[0])) {
                spelling[1].getChars(0, spelling[1].length(), chars, from);
                return from + spelling[1].length();
            }
        }
        return end;
    }

    /**
     * One left-to-right pass over {@code chars[from, to)} in place (it never writes ahead of where it reads);
     * returns the new end, or -1 when nothing changed.
     */
    private static int pass(final char[] chars, final int from, final int to) {
        int write = from;
        boolean changed = false;
        for (int read = from; read < to; read++) {
            final char c = chars[read];
            final char next = read + 1 < to ? chars[read + 1] : 0;
            final char afterNext = read + 2 < to ? chars[read + 2] : 0;
            final char previous = write > from ? chars[write - 1] : 0;
            char out = c;
            int skip = 0;
            switch (c) {
                case 'b' -> out = 'p';
                case 'd' -> out = 't';
                case 'g' -> out = previous == 'n' ? 'g' : 'k';
                case 'c' -> {
                    if (next == 'h' || next == 'k') {
                        out = next == 'h' ? 'j' : 'k';
                        skip = 1;
                    }
                }
                case 's' -> skip = next == 'h' ? 1 : 0;
                case 'h' -> skip = isVowel(previous) && !isVowel(next) && next != 'y' && next != 'w' ? -1 : 0;
                case 'e' -> {
                    if (next == 'o' || next == 'u' || next == 'e') {
                        out = next == 'e' ? 'i' : next == 'o' && previous == 'w' ? 'o' : 'u';
                        skip = 1;
                    }
                }
                case 'o' -> {
                    if (next == 'o' || next == 'u' && afterNext == 'n') {
                        out = 'u';
                        skip = 1;
                    }
                }
                case 'u' -> skip = next == 'e' ? 1 : 0;
                case 'i' -> out = previous == 'a' ? 'e' : 'i';
                default -> {
                }
            }
            if (skip < 0) {
                changed = true;
                continue;
            }
            read += skip;
            if (out == previous && isTense(out)) {
                changed = true;
                continue;
            }
            changed |= skip > 0 || out != c;
            chars[write++] = out;
        }
        return changed ? write : -1;
    }

    private static boolean regionEquals(final char[] chars, final int from, final int to, final String text) {
        if (to - from != text.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (chars[from + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(final char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isVowel(final char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** Letters whose doubled spelling (the Korean tense consonants, and gg, bb, dd once folded) is one sound. */
    private static boolean isTense(final char c) {
        return c == 'k' || c == 't' || c == 'p' || c == 's' || c == 'j';
    }
}
