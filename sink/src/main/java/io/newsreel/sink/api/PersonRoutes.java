package io.newsreel.sink.api;

import io.javalin.http.Context;
import io.newsreel.sink.person.PersonSummary;
import io.newsreel.sink.store.PersonQueries;
import java.util.List;

/** {@code /api/persons} and {@code /api/persons/{id}}. */
final class PersonRoutes {

    private static final int DEFAULT_PERSONS = 100;
    private static final int DEFAULT_ARTICLES = 50;
    private static final int MAX_LIMIT = 1_000;

    private final PersonQueries persons;

    PersonRoutes(final PersonQueries persons) {
        this.persons = persons;
    }

    /** This instance's persons with the most articles. */
    PersonsResponse localPersons(final Context ctx) {
        return new PersonsResponse(persons.persons(QueryParams.limit(ctx, DEFAULT_PERSONS, MAX_LIMIT)));
    }

    PersonsResponse merge(final Context ctx, final List<PersonsResponse> parts) {
        return new PersonsResponse(parts.stream().flatMap(part -> part.persons().stream())
                .sorted(PersonQueries.MOST_ARTICLES_FIRST)
                .limit(QueryParams.limit(ctx, DEFAULT_PERSONS, MAX_LIMIT))
                .toList());
    }

    void person(final Context ctx) {
        final String id = ctx.pathParam("id");
        final int limit = QueryParams.limit(ctx, DEFAULT_ARTICLES, MAX_LIMIT);
        final PersonSummary person = persons.person(id)
                .orElseThrow(() -> ApiException.notFound("No person with id " + id));
        ctx.json(new PersonResponse(person, persons.articles(id, limit)));
    }
}
