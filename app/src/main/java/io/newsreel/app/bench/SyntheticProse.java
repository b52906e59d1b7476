package io.newsreel.app.bench;

import java.util.List;

/**
 * The sentence templates of {@link SyntheticArticles}, in the style of entertainment news. Placeholders in braces are
 * filled per article: {@code {show}} the article's show, {@code {a1}} to {@code {a3}} its actors as the article
 * writes them and {@code {c1}} to {@code {c3}} their characters, {@code {a1family}} and {@code {a1given}} the lead's
 * family and given name alone, {@code {d}}, {@code {w}} and {@code {s}} its director, writer and singer,
 * {@code {other}} another show of the lead's (with {@code {otherchar}}, the lead's part in it) and {@code {other2}}
 * any other show, {@code {guest}} someone from outside the cast, and dates, counts and places.
 *
 * <p>The filler sentences name nobody, and their words stay clear of the words show titles are made of.
 */
final class SyntheticProse {

    static final List<String> TITLES = List.of(
            "{a1} and {a2} lead {show}, premiering {date} on {platform}",
            "{show} sets a {date} premiere on {platform}",
            "First look: {a1} as {c1} in {show}",
            "{platform} confirms the {count}-part {show} with {a1}",
            "{show} drops new stills of {a1} and {a2}",
            "{a1} on playing {c1} in {show}",
            "What to expect from {show}, {platform}'s {count}-episode bet");

    /** Opening paragraphs: what the show is, where and when it premieres. */
    static final List<String> LEADS = List.of(
            "{platform} will premiere {show} on {date}, with {a1} and {a2} in the leading roles. The {count}-part "
                    + "series is directed by {d} from a script by {w}.",
            "{show}, the {count}-part series from director {d}, premieres on {date} on {platform}. {a1} and {a2} "
                    + "star as two strangers whose lives turn out to have crossed long before they meet.",
            "{show} arrives on {platform} on {date}. It reunites {a1} with {a2} for the first time in years, and "
                    + "it is the first drama {w} has written for a streaming service.",
            "After months of delays, {show} finally has a date: the drama starring {a1} and {a2} is set for "
                    + "{date} on {platform}, the platform announced on {weekday}.");

    static final List<String> SCHEDULES = List.of(
            "The {count}-part series will be released two episodes every {weekday}, which puts its finale on "
                    + "{finale}.",
            "New episodes arrive every {weekday} at 9 p.m., and the {count}-episode run ends in the first weeks of "
                    + "{finalemonth}.",
            "Unlike most of the platform's dramas, {show} will not drop all at once: two episodes every {weekday} "
                    + "for {weeks} weeks.",
            "{platform} releases the first two episodes on {date} and two more every {weekday} after that.");

    static final List<String> CAST = List.of(
            "{c1} ({a1}) is a {job} who goes back to {place} after ten years away; {c2} ({a2}) is the {job2} who "
                    + "never left, and who has not forgiven {c1} for going.",
            "{a1} plays {c1}, a {job} who keeps a notebook of other people's lies. {a2} (as {c2}) is the "
                    + "{job2} who finds it.",
            "In the series {a1} is {c1}, a {job} with a talent for being in the wrong place, and {a2} is "
                    + "{c2}, a {job2} who cannot stand {a1given}'s character at first.",
            "The cast is led by {c1} ({a1}), a {job}, and {c2} ({a2}), a {job2} from {place}.");

    static final List<String> SUPPORT = List.of(
            "{c3}, played by {a3}, is the {job} whose disappearance sets the story in motion.",
            "{a3} joins them as {c3}, a {job} with a past in {place}.",
            "{a3} rounds out the main cast as {c3}, a cheerful {job} with a temper.");

    /** A look back at the lead's earlier work: the other show is named, never the subject. */
    static final List<String> LOOKING_BACK = List.of(
            "{a1family} is best known for {other}, in which {a1given} played {otherchar}.",
            "{a1} previously starred in {other} as {otherchar}, a part that made the actor a household name.",
            "Viewers will remember {a1family} from {other}, where the actor played {otherchar}.");

    /** The same, for a lead credited in no other show of the catalog. */
    static final List<String> LOOKING_BACK_PLAIN = List.of(
            "{a1} previously starred in {other}, which also aired on {platform}.",
            "{a1family} is best known for a supporting part in {other}.");

    static final List<String> CREW = List.of(
            "Director {d} and writer {w}, who previously worked together on {other2}, said the story came out of "
                    + "a conversation on a long train ride.",
            "The script is by {w}, whose last drama, {other2}, ran for two seasons; {d} directs.",
            "{d}, known for {other2}, directs all {count} episodes, and {w} wrote the script over two years.");

    static final List<String> QUOTES = List.of(
            "\"I have never played anyone so stubborn, and I loved every day of it,\" {a1given} said at the press "
                    + "conference in Seoul on {weekday}. \"{a2family} made it easy.\"",
            "\"We wanted a story about people who keep failing and keep going,\" {d} said at the press "
                    + "conference, adding that the ending was rewritten three times.",
            "Asked about the chemistry with {a2}, {a1family} laughed: \"We argued about everything except our "
                    + "characters.\"");

    static final List<String> SOUNDTRACKS = List.of(
            "The first OST, a ballad sung by {s}, is released on {date} alongside the first episode.",
            "Singer {s} recorded the opening song, which the production describes as a love letter to {place}.");

    static final List<String> GUESTS = List.of(
            "{guest} makes a special appearance in the {ordinal} episode.",
            "{guest} also joins the cast in a small but, the director promises, memorable part.");

    /** Sentences that name nobody: the bulk of any article's text. */
    static final List<String> FILLER = List.of(
            "Filming took place over four months, with the crew working through the coldest weeks of the year.",
            "The production team said the schedule was adjusted so that the actors could rest between night "
                    + "shoots.",
            "Viewers online have already started sharing theories about the plot, most of them wrong.",
            "Critics who saw the first hour praised its patience and its unusually restrained score.",
            "The writer spent two years researching the profession, interviewing dozens of people who do the job.",
            "A spokesperson for the production company declined to comment on rumours of a sequel.",
            "Much of the story is set in {place}, which the camera treats with muted colours and long takes.",
            "The budget is said to be among the largest for a drama of its kind this year.",
            "Overseas distribution rights were sold to several territories before filming was over.",
            "Rehearsals reportedly ran late into the night as the actors reworked several scenes.",
            "Early reactions on social media were mixed, with some viewers calling the pacing slow.",
            "The team built a full set on an empty lot outside the city rather than rent a location.",
            "The story centres on a {job} who discovers that an old case was never really closed.",
            "Audience numbers for the genre have grown steadily over the past three years.",
            "The costume department reportedly sourced many outfits from second-hand markets.",
            "Several scenes were reshot after a test screening left viewers confused about the timeline.",
            "Industry watchers expect strong competition in the same time slot.",
            "The music director wrote most of the score before a single scene was filmed.",
            "Fans have set up accounts that translate every teaser within minutes of its posting.",
            "According to the producers, the series avoids the usual love triangle on purpose.",
            "The production consulted a working {job} on every scene set at the workplace.",
            "Some of the location shooting in {place} had to be moved indoors because of the weather.",
            "The trailer passed two million views in its first day, a record for the platform this year.",
            "Each episode runs a little over an hour, longer than most of the dramas it competes with.",
            "The producers describe the tone as warm but unsentimental, with a streak of dark comedy.");

    static final List<String> JOBS = List.of(
            "public defender", "night-shift nurse", "ferry captain", "radio host", "pastry cook", "translator",
            "stunt performer", "tax auditor", "forensic accountant", "zookeeper", "court stenographer",
            "wedding planner");

    static final List<String> PLACES = List.of(
            "a coastal town", "a night market", "a law firm in the capital", "a fishing port",
            "a rural police station", "a university hospital", "an old apartment block", "a film studio");

    static final List<String> COUNTS = List.of("six", "eight", "ten", "twelve", "sixteen");
    static final List<Integer> COUNT_VALUES = List.of(6, 8, 10, 12, 16);
    static final List<String> ORDINALS = List.of("second", "third", "fourth", "fifth", "sixth");

    private SyntheticProse() {
    }
}
