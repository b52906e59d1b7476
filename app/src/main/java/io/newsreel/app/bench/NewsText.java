package io.newsreel.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Invented entertainment-news text for the synthetic feeds: titles and HTML bodies about made-up shows and people,
 * written from templates so that the parser and the HTML-to-text step see prose of a realistic size and shape
 * (quotes, apostrophes, inline markup, 1 to 3 paragraphs) rather than filler.
 */
final class NewsText {

    private static final List<String> SHOWS = List.of(
            "Moonlit Ledger", "The Quiet Harbor", "Second Spring at Hanok Lane", "Crimson Verdict", "Salt and Honey",
            "Glass Orchard", "Midnight Pharmacy", "Lanterns over the River", "The Ferryman's Daughter", "Paper Crowns",
            "Static Hearts", "A Winter in Bukchon", "Tidewater Clinic", "The Borrowed Name", "Eleven Doors",
            "Cold Noodles, Warm Hands", "Ghost Shift", "The Archivist", "Summer Exam", "Iron Lotus",
            "Rooftop Radio", "Blue Hour Bakery", "The Seventh Witness", "Kite Season", "Fox in the Court",
            "Harbor Lights", "Velvet Protocol", "Sunday Ward", "The Weather Girl", "Northbound Express");

    private static final List<String> PEOPLE = List.of(
            "Yoon Da-rim", "Seo Min-jae", "Kang Ha-eun", "Baek Tae-oh", "Jung So-ra", "Moon Hyun-seok", "Ryu Ga-young",
            "Choi Eun-woo", "Lim Jae-hee", "Noh Sun-ah", "Han Do-kyung", "Oh Bit-na", "Shin Woo-jin", "Pyo Ye-rin",
            "Go Seung-ho", "Hwang Mi-so", "Ahn Ji-ho", "Cha Yu-na", "Bang Dong-hyun", "Song Ha-rang", "Uhm Tae-yang",
            "Nam Gyu-ri", "Jin Se-hoon", "Kwon Na-yeon");

    private static final List<String> REPORTERS = List.of(
            "Lee Haneul", "Dana Whitcombe", "Cho Yerim", "Marcus Ovell", "Im Bora", "Priya Anand");

    private static final List<String> PLATFORMS = List.of(
            "StreamNest", "Lumen TV", "OrbitPlay", "Kasa Stream", "Channel Ember", "WaveOne", "Halo+");

    private static final List<String> TITLES = List.of(
            "{person} confirmed to lead '{show}' season {season}",
            "'{show}' ratings climb to {rating}% as the finale nears",
            "{platform} sets a premiere date for '{show}'",
            "First teaser for '{show}' shows {person} in a darker role",
            "{person} and {other} spotted at the script reading for '{show}'",
            "'{show}' renewed for season {season} after a record week on {platform}",
            "Review: '{show}' episode {episode} is its boldest hour yet",
            "{person} opens up about filming '{show}' through the winter",
            "'{show}' soundtrack part {episode} sung by {other} is out today",
            "Why viewers can't stop talking about the ending of '{show}'",
            "{person} in talks to join '{show}' opposite {other}",
            "'{show}' tops {platform}'s weekly chart for the {ordinal} week running",
            "Behind the scenes: how '{show}' built its {place}",
            "{person} wins best actor at the {platform} drama awards for '{show}'",
            "'{show}' cast reunites for a special episode",
            "{platform} drops new stills from '{show}' starring {person}");

    private static final List<String> SENTENCES = List.of(
            "According to an official from {platform}, <strong>{person}</strong> accepted the role after a single "
                    + "reading of the script and will begin filming next month.",
            "The series follows a {job} who returns to {place} after ten years and finds that nothing there has "
                    + "waited for them.",
            "Episode {episode} recorded a nationwide rating of {rating}%, the highest figure of the season so far.",
            "\"I wanted to play someone who makes mistakes and keeps going anyway,\" {person} said at the press "
                    + "conference, drawing laughter from the cast.",
            "{other} joins the cast as a rival {job}, a part the production team described as <em>the heart of "
                    + "the second half</em>.",
            "The writer behind '{show}' previously penned two hit mini-series and is known for slow-burning "
                    + "romance and sharp dialogue.",
            "Filming took place over four months in {place}, with the crew building a full set on an abandoned "
                    + "lot outside the city.",
            "Viewers praised the chemistry between {person} and {other}, and clips of their scenes passed a "
                    + "million views within a day.",
            "{platform} will stream new episodes every Saturday and Sunday, with subtitles in twelve languages "
                    + "available an hour after broadcast.",
            "The production company said the schedule was adjusted so that the cast could rest between night "
                    + "shoots.",
            "Fans have started an online campaign asking for a second season, and the hashtag trended for most "
                    + "of the weekend.",
            "Critics singled out the cinematography, which frames {place} in muted blues and long, quiet takes.",
            "The {ordinal} episode ends on a cliffhanger that reveals the true identity of the {job}.",
            "{person}, who debuted as a theatre actor, has appeared in five dramas since and recently signed with "
                    + "a new agency.",
            "A spokesperson for {platform} confirmed that '{show}' will be among its flagship releases of the "
                    + "coming season.",
            "The soundtrack, led by a ballad from {other}, entered the streaming charts at number {rank}.",
            "Read our <a href=\"https://reviews.example.org/{slug}\">full review of the episode</a> for the scenes "
                    + "that worked and the ones that did not.",
            "Details about the remaining cast and the exact premiere time are expected to be announced at a "
                    + "showcase next week.",
            "Rehearsals reportedly ran late into the night as the director reworked the {ordinal} act twice.",
            "The first two episodes will be screened at a film festival before the broadcast, a first for "
                    + "{platform}.",
            "{other} described the set as <em>\"quiet, a little strange, and very kind to actors\"</em>.",
            "Early reviews call the pairing of {person} and {other} the most natural of the year.",
            "The show's official account posted a behind-the-scenes photo taken in {place} between takes.");

    private static final List<String> CATEGORIES = List.of(
            "Casting", "Ratings", "Premieres", "Reviews", "Soundtracks", "Interviews", "Awards");

    private static final List<String> PLACES = List.of(
            "a fishing village", "a hospital on the coast", "a district courthouse", "an old market street",
            "a mountain temple", "a night-shift newsroom", "a bakery near the university", "a small island");

    private static final List<String> JOBS = List.of(
            "prosecutor", "pharmacist", "detective", "pastry chef", "radio host", "public defender",
            "ferry captain", "night-shift doctor", "archivist", "weather presenter");

    private static final List<String> ORDINALS = List.of("second", "third", "fourth", "fifth", "sixth");

    private NewsText() {
    }

    /** The people and names one item is about, drawn once so that its title and body agree. */
    record Cast(String show, String person, String other, String platform, String place, String job, int season,
                int episode, int rating, int rank, String ordinal) {

        static Cast draw(final SplittableRandom random) {
            final int first = random.nextInt(PEOPLE.size());
            // A second person distinct from the first: an article rarely pairs someone with themselves.
            final int second = (first + 1 + random.nextInt(PEOPLE.size() - 1)) % PEOPLE.size();
            final String person = PEOPLE.get(first);
            final String other = PEOPLE.get(second);
            return new Cast(pick(random, SHOWS), person, other, pick(random, PLATFORMS), pick(random, PLACES),
                    pick(random, JOBS), 2 + random.nextInt(3), 1 + random.nextInt(16), 4 + random.nextInt(18),
                    1 + random.nextInt(40), pick(random, ORDINALS));
        }
    }

    static String reporter(final SplittableRandom random) {
        return pick(random, REPORTERS);
    }

    static String title(final SplittableRandom random, final Cast cast) {
        return fill(pick(random, TITLES), cast);
    }

    /** One to three paragraphs of three to six sentences each, as HTML; no sentence twice. */
    static String bodyHtml(final SplittableRandom random, final Cast cast) {
        final List<String> sentences = new ArrayList<>(SENTENCES);
        final StringBuilder html = new StringBuilder(1600);
        final int paragraphs = 1 + random.nextInt(3);
        for (int p = 0; p < paragraphs; p++) {
            html.append("<p>");
            final int count = 3 + random.nextInt(4);
            for (int s = 0; s < count; s++) {
                final String sentence = sentences.remove(random.nextInt(sentences.size()));
                html.append(s == 0 ? "" : " ").append(fill(sentence, cast));
            }
            html.append("</p>\n");
        }
        return html.toString();
    }

    static String category(final SplittableRandom random) {
        return pick(random, CATEGORIES);
    }

    /** Text as a URL path segment. */
    static String slug(final String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static String fill(final String template, final Cast cast) {
        return template
                .replace("{show}", cast.show())
                .replace("{person}", cast.person())
                .replace("{other}", cast.other())
                .replace("{platform}", cast.platform())
                .replace("{place}", cast.place())
                .replace("{job}", cast.job())
                .replace("{season}", Integer.toString(cast.season()))
                .replace("{episode}", Integer.toString(cast.episode()))
                .replace("{rating}", Integer.toString(cast.rating()))
                .replace("{rank}", Integer.toString(cast.rank()))
                .replace("{ordinal}", cast.ordinal())
                .replace("{slug}", slug(cast.show()));
    }

    private static <T> T pick(final SplittableRandom random, final List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
