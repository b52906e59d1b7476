package io.newsreel.processor.release;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Extracts release facts (premieres, new episodes, schedules, finales, announcements, casting, press events,
 * soundtrack releases) from article text, with every date resolved against the article's publication date in the
 * publication's own time zone.
 *
 * <p>Cost is kept proportional to what matters: one lower-casing pass and one multi-phrase scan read the whole
 * text; date, number and cadence patterns then run only inside the sentences holding a trigger word, and only the
 * patterns whose anchor words occur there. Instances are immutable and thread-safe; build one and share it.
 */
public final class ReleaseExtractor {

    private final CueScanner scanner = new CueScanner(CueLexicon.CUES);

    /**
     * Release facts stated in the text, in text order (a derived schedule and finale follow the facts of their
     * sentence).
     *
     * @param text article text; for evidence offsets that agree with tags, the title and body joined as the
     *             tagger joins them
     * @param published publication time; relative dates ("tomorrow", "on the 6th") count from its local date
     */
    public List<ReleaseFact> extract(final String text, final ZonedDateTime published) {
        Objects.requireNonNull(published, "published");
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        final String lowerText = lowerCase(text);
        final List<CueHit> hits = scanner.scan(text, lowerText);
        if (!anyOpens(hits)) {
            return List.of();
        }
        final DateResolver resolver = new DateResolver(published.toLocalDate());
        final Matchers matchers = new Matchers(lowerText);
        final List<SentenceResult> sentences = new ArrayList<>();
        int floor = 0;
        int next = 0;
        while (next < hits.size()) {
            final CueHit hit = hits.get(next);
            if (!hit.kind().opens()) {
                next++;
                continue;
            }
            final int start = SentenceBounds.start(text, hit.start(), floor);
            final int end = SentenceBounds.end(text, hit.start());
            int first = next;
            while (first > 0 && hits.get(first - 1).start() >= start) {
                first--;
            }
            int last = next;
            while (last < hits.size() && hits.get(last).start() < end) {
                last++;
            }
            final Sentence sentence = Sentence.of(text, lowerText, start, end, hits.subList(first, last), matchers);
            sentences.add(SentenceReader.read(sentence, resolver));
            floor = end;
            next = last;
        }
        return List.copyOf(ScheduleDeriver.derive(sentences));
    }

    private static boolean anyOpens(final List<CueHit> hits) {
        for (final CueHit hit : hits) {
            if (hit.kind().opens()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower case with every offset unchanged. The library's lower-casing is fastest and keeps offsets unless a
     * character grows ("İ" becomes two); then one character at a time.
     */
    private static String lowerCase(final String text) {
        final String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() == text.length()) {
            return lower;
        }
        final char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(text.charAt(i));
        }
        return new String(chars);
    }
}
