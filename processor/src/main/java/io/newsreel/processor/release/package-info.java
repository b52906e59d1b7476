/**
 * Release facts from article text: premieres, new episodes, schedules, finales, announcements, casting, press events
 * and soundtrack releases, each with its date resolved against the article's publication date.
 *
 * <p>Entry point: {@link io.newsreel.processor.release.ReleaseExtractor#extract}. No Kafka types; the topology (or the
 * tagger) calls it and assigns each {@link io.newsreel.processor.release.ReleaseFact} to the show named in or near its
 * sentence. {@link io.newsreel.processor.release.EpisodeSchedule} draws the episode calendar of a schedule fact.
 *
 * <p>Pipeline, cheapest first:
 * <ol>
 *   <li>{@code CueScanner}: one Aho-Corasick pass over the lower-cased text finds every word of the
 *       {@code CueLexicon} (trigger words, tense markers, month and weekday names, count words, platforms).</li>
 *   <li>{@code SentenceBounds}: only the sentences holding a trigger word are delimited.</li>
 *   <li>{@code SentenceReader}: in each such sentence, trigger words seed facts ({@code ReleaseTyping} decides what
 *       a generic "drops" or "arrives" releases); {@code DayExpressions}, {@code SpanExpressions}, {@code Counts},
 *       {@code CadenceReader} and {@code CadenceCounts} run their patterns only in small windows around the anchor
 *       words the scan found ({@code Near}); each time attaches to the trigger before it.</li>
 *   <li>{@code ScheduleDeriver}: a cadence takes its start and episode count from the article when its own sentence
 *       lacks them, and yields a derived finale ({@code release:derived-finale}).</li>
 * </ol>
 *
 * <p>Calendar choices ({@code DateResolver}): a date without a year goes forward from publication in future tense
 * ("premieres", "will", "is set to"), back in past tense ("premiered", "was released"), to the nearest candidate
 * otherwise; never more than a year away. Spans are windows, never a made-up day: a month is the whole month (the
 * next one unless past tense), spring is March to May, summer June to August, autumn September to November, winter
 * December to February; "early", "mid" and "late" a year are its thirds (January to April, May to August, September
 * to December) and of a month its thirds (1st to 10th, 11th to 20th, 21st to the end); "this week" is Monday to
 * Sunday of the publication week; "next Friday" the Friday of the following week; "later this year" publication
 * to December 31; holidays ("Christmas Day", "New Year's Day") are their dates; "on the day of the premiere" is the
 * premiere date an earlier sentence stated. Years more than three from publication are story settings and ignored.
 *
 * <p>Types follow the labelling rules of the test set: the last batch of a season is the finale ("the final two",
 * "the remaining three", "the last two episodes on Dec. 24 and 25" gives new episodes on the 24th and the finale on
 * the 25th); a confirmed or named lead is casting; a schedule's first day may carry a larger opening batch ("four of
 * the eight episodes on day one, then two more each Wednesday"), kept in the cadence text so that consumers can
 * redraw the calendar.
 *
 * <p>Confidence ({@code Precision}): 0.9 for a calendar date with a strong trigger ("premieres on December 6"), 0.85
 * with a weak one ("arrives"); relative days 0.85/0.8; a day of month whose month was inferred 0.75/0.7; derived
 * schedules and finales 0.7; windows 0.6/0.55; facts with no time 0.5.
 */
package io.newsreel.processor.release;
