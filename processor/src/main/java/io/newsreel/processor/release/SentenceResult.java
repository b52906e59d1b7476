package io.newsreel.processor.release;

import java.util.List;

/**
 * What one sentence yields.
 *
 * @param facts facts in the order of their trigger words
 * @param schedule the sentence's cadence and run, or null
 */
record SentenceResult(List<ReleaseFact> facts, ScheduleDraft schedule) {
}
