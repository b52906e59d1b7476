package io.newsreel.contract.topic;

import io.newsreel.contract.event.Article;
import io.newsreel.contract.event.ArticleFingerprint;
import io.newsreel.contract.event.CatalogEntry;
import io.newsreel.contract.event.ErrorRecord;
import io.newsreel.contract.event.FeedStatus;
import io.newsreel.contract.event.FeedSubscription;
import io.newsreel.contract.event.PersonTagged;
import io.newsreel.contract.event.ReleaseEvent;
import io.newsreel.contract.event.ShowTagged;
import io.newsreel.contract.event.Story;
import io.newsreel.contract.event.TaggedArticle;
import io.newsreel.contract.event.TimelineEntry;
import java.util.List;

/** The topic catalogue: every topic newsreel reads or writes, defined once. */
public final class Topics {

    /** Enough partitions for a few instances of each service on a small cluster. */
    private static final int PARTITIONS = 3;

    /** The catalog is read whole by every processor and errors are rare: one partition keeps their order. */
    private static final int SINGLE = 1;

    /** Each feed's health and polling state, keyed by feed URL. */
    public static final Topic<FeedStatus> FEED_STATUS = Topic.compacted("feed-status", PARTITIONS, FeedStatus.class);

    /** Normalized articles from ingest, keyed by article id. */
    public static final Topic<Article> RAW_ARTICLES = Topic.deleting("raw-articles", PARTITIONS, Article.class);

    /** Articles with their tags, keyed by article id. */
    public static final Topic<TaggedArticle> TAGGED_ARTICLES =
            Topic.deleting("tagged-articles", PARTITIONS, TaggedArticle.class);

    /** One record per show tag of an article, keyed by show id. */
    public static final Topic<ShowTagged> SHOW_TAGS = Topic.deleting("show-tags", PARTITIONS, ShowTagged.class);

    /** One record per person tag of an article, keyed by person id. */
    public static final Topic<PersonTagged> PERSON_TAGS = Topic.deleting("person-tags", PARTITIONS, PersonTagged.class);

    /** Release facts drawn from articles, keyed by show id. */
    public static final Topic<ReleaseEvent> RELEASE_EVENTS =
            Topic.deleting("release-events", PARTITIONS, ReleaseEvent.class);

    /** Stories and their member articles, keyed by story id. */
    public static final Topic<Story> STORIES = Topic.compacted("stories", PARTITIONS, Story.class);

    /** The feeds ingest polls, keyed by feed URL. */
    public static final Topic<FeedSubscription> FEED_SUBSCRIPTIONS =
            Topic.compacted("feed-subscriptions", PARTITIONS, FeedSubscription.class);

    /** Shows and persons, keyed by {@code show:<id>} or {@code person:<id>}. */
    public static final Topic<CatalogEntry> CATALOG = Topic.compacted("catalog", SINGLE, CatalogEntry.class);

    /** Every show's timeline entries, keyed by {@code <showId>/<entryId>}. */
    public static final Topic<TimelineEntry> TIMELINES = Topic.compacted("timelines", PARTITIONS, TimelineEntry.class);

    /** Ingest's record of each article id and content hash it has published, so that it never publishes twice. */
    public static final Topic<ArticleFingerprint> ARTICLE_FINGERPRINTS =
            Topic.compacted("article-fingerprints", PARTITIONS, ArticleFingerprint.class);

    public static final Topic<ErrorRecord> INGEST_ERRORS = Topic.deleting("ingest-errors", SINGLE, ErrorRecord.class);

    public static final Topic<ErrorRecord> PROCESSOR_ERRORS =
            Topic.deleting("processor-errors", SINGLE, ErrorRecord.class);

    public static final Topic<ErrorRecord> SINK_ERRORS = Topic.deleting("sink-errors", SINGLE, ErrorRecord.class);

    /** Every topic of the catalogue, in pipeline order. */
    public static final List<Topic<?>> ALL = List.of(
            FEED_SUBSCRIPTIONS, FEED_STATUS, ARTICLE_FINGERPRINTS, RAW_ARTICLES, CATALOG, TAGGED_ARTICLES, SHOW_TAGS,
            PERSON_TAGS, RELEASE_EVENTS,
            STORIES, TIMELINES, INGEST_ERRORS, PROCESSOR_ERRORS, SINK_ERRORS);

    private Topics() {
    }
}
