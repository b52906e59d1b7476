package io.newsreel.app.bench.pipeline;

import java.util.List;

/**
 * The sentence templates of {@link PipelineArticles}: entertainment news about one show. Placeholders in braces are
 * filled per article: {@code {show}} the article's show, {@code {other}} another show (named in passing),
 * {@code {a1}} and {@code {a2}} its actors as the article spells them, {@code {c1}} and {@code {c2}} their
 * characters, {@code {d}} its director, {@code {release}} the premiere as a phrase relative to publication ("on the
 * 6th", "starting December 6", "this Friday", "tomorrow"), and {@code {platform}}, {@code {weekday}},
 * {@code {episodes}}, {@code {job}} and {@code {job2}}.
 *
 * <p>The filler sentences name nobody, quote no title and leave dates alone, so that everything the tagger finds in
 * an article was put there on purpose.
 */
final class PipelineProse {

    static final List<String> TITLES = List.of(
            "{show} sets its premiere, with {a1} in the lead",
            "{a1} and {a2} headline {show}",
            "{platform} picks up {show}, starring {a1}",
            "{a1} returns to television in {show}",
            "Everything we know so far about {show}");

    /** Opening paragraphs: the show, its premiere and its leads. */
    static final List<String> LEADS = List.of(
            "{show} premieres {release} on {platform}, with {a1} and {a2} in the leading roles.",
            "{platform} will begin streaming {show} {release}. The {episodes}-episode drama stars {a1} and {a2}.",
            "After a year of waiting, {show} finally has a date: the series with {a1} and {a2} premieres {release} "
                    + "on {platform}.",
            "The first two episodes of {show} premiere {release} on {platform}. {a1} and {a2} lead the cast.");

    static final List<String> CAST = List.of(
            "{a1} plays {c1}, a {job} with more secrets than friends, opposite {a2} as {c2}, a {job2}.",
            "{c1} ({a1}) and {c2} ({a2}) meet on the worst day of both their lives and cannot get rid of each "
                    + "other.",
            "In the drama {a1} is {c1}, a {job}; {a2} plays {c2}, the {job2} who lives one floor up.");

    static final List<String> CREW = List.of(
            "The series is directed by {d}, who spent two years developing it with a small writers' room.",
            "Director {d} called the shoot \"the hardest and happiest months of my career\" at a press event in "
                    + "Seoul.",
            "{d} directs all {episodes} episodes, after a long run of films about families that fall apart.");

    /** Another show, named in passing: the tagger should mark it a mention, not the subject. */
    static final List<String> LOOKING_BACK = List.of(
            "{a1} was last seen in {other}, which ended its run earlier this year.",
            "Before this, {a2} had a supporting part in {other}.");

    static final List<String> SCHEDULES = List.of(
            "New episodes of {show} follow every {weekday} until the finale.",
            "{show} runs for {episodes} episodes, two of them every {weekday}.");

    static final List<String> QUOTES = List.of(
            "\"I wanted to play someone who is wrong most of the time and knows it,\" {a1} said.",
            "\"We rewrote the last episode four times,\" {d} admitted, laughing.",
            "\"Working with {a1} felt like a rehearsal that never stopped,\" {a2} said.");

    /** Sentences that name nobody: the bulk of a long article. */
    static final List<String> FILLER = List.of(
            "The shoot moved between three cities over the course of five months.",
            "According to the production, most of the night scenes were filmed in a single week.",
            "Viewers who watched the first teaser have been trading theories about the ending ever since.",
            "The score leans on strings and an old upright piano rather than the usual pop ballads.",
            "A spokesperson for the studio would not say whether a second season is planned.",
            "Much of the budget reportedly went into a set that recreates a whole street market.",
            "Overseas rights were sold to a dozen territories before filming wrapped.",
            "Early reactions from a preview screening praised the pacing and the cast's timing.",
            "The writers interviewed people who do the job for real and kept their stories in the script.",
            "Several scenes were reshot after the producers decided the tone was too bleak.",
            "The costume team bought most of the clothes in second-hand shops to keep them looking lived in.",
            "Competition in the time slot is fierce, with two other big dramas launching the same month.",
            "Fan translators have been subtitling every clip within an hour of its release.",
            "The production says it avoided the familiar love triangle on purpose.",
            "Each episode runs a little over an hour, longer than most of its rivals.",
            "The director asked the cast to improvise whole scenes during rehearsals.",
            "Weather forced the crew to move a week of outdoor shooting indoors.",
            "The trailer passed two million views within a day of going online.",
            "Industry analysts see the show as a test of how far the genre can stretch.",
            "The producers describe the tone as warm but unsentimental, with a streak of dark comedy.",
            "Locals who lent their homes for filming were invited to an early screening.",
            "The series was adapted from a web novel that ran for six years.",
            "A small team of stunt performers trained for months for the chase in the third act.",
            "Critics have noted that the genre has grown steadily more ambitious over the past decade.");

    static final List<String> JOBS = List.of(
            "public defender", "night-shift nurse", "ferry captain", "radio host", "pastry cook", "translator",
            "stunt performer", "tax auditor", "forensic accountant", "zookeeper", "court stenographer",
            "wedding planner", "locksmith", "sign-language interpreter");

    private PipelineProse() {
    }
}
