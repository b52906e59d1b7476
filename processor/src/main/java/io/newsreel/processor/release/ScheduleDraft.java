package io.newsreel.processor.release;

import io.newsreel.contract.event.DateWindow;
import io.newsreel.contract.event.Evidence;
import java.time.LocalDate;

/**
 * A cadence found in a sentence, with what that sentence says about the run; the {@link ScheduleDeriver} completes
 * it from the rest of the article.
 *
 * @param cadence the cadence
 * @param start first release day stated for the run, or null
 * @param startPrecision how that day was stated, or null when borrowed from a premiere in the same sentence
 * @param startWindow when only a span was stated for the start ("from March"), else null
 * @param until last day stated ("through October 11"), or null
 * @param counts episode count, season and part stated in the sentence
 * @param platform platform named in the sentence, or null
 * @param evidence the sentence
 */
record ScheduleDraft(Cadence cadence, LocalDate start, Precision startPrecision, DateWindow startWindow,
                     LocalDate until, Counts counts, String platform, Evidence evidence) {
}
