// Search results: shows, persons and articles matching the query. Without the search endpoint, shows are matched
// by name here.

import { api } from "./api.js";
import { externalLink, fill, h, personHref, showHref } from "./dom.js";
import { formatInstant, plural } from "./format.js";
import { showCard } from "./home.js";
import { errorBox, notice, pageHeader } from "./views.js";

function section(titleText, count, content, testid) {
  return h("section", { class: "section", testid },
    h("h2", { class: "section__title" }, `${titleText} (${count})`),
    count ? content : h("p", { class: "muted" }, "Nothing found."));
}

async function fallbackSearch(query, signal) {
  const { shows } = await api.shows({ signal });
  const needle = query.toLocaleLowerCase();
  return { query, shows: shows.filter(show => show.name.toLocaleLowerCase().includes(needle)), persons: [],
    articles: [], partial: true };
}

export function searchView(main, { query }, { live, signal }) {
  const title = h("h1", { tabindex: "-1" }, query ? `Results for “${query}”` : "Search");
  const stats = h("p", { class: "page-header__stats", role: "status" }, "Searching…");
  const results = h("div", { class: "search-results", testid: "search-results" });
  fill(main, pageHeader(title, stats), results);
  document.title = `${query || "Search"} · newsreel`;
  live.follow(null);

  async function load() {
    if (!query.trim()) {
      stats.textContent = "Type a show, a person or words from an article.";
      return;
    }
    let body;
    try {
      body = await api.search(query, { signal });
    } catch (error) {
      if (error.status !== 404 || error.name === "AbortError") throw error;
      body = await fallbackSearch(query, signal);
    }
    const shows = body.shows ?? [];
    const persons = body.persons ?? [];
    const articles = body.articles ?? [];
    stats.textContent = plural(shows.length + persons.length + articles.length, "result");
    // Articles name their shows by id; the show list has their names.
    const allShows = await api.shows({ signal }).then(body => body.shows, () => shows);
    const showNames = new Map([...allShows, ...shows].map(show => [show.id, show.name]));
    fill(results,
      body.partial ? notice("Full search is unavailable right now; only show names were searched.") : null,
      section("Shows", shows.length, h("ul", { class: "show-grid" }, shows.map(show => showCard(show))),
        "search-shows"),
      section("People", persons.length, h("ul", { class: "chips" }, persons.map(person => h("li", {},
        h("a", { class: "chip chip--person", href: personHref(person.id), testid: "person-link",
          "data-person-id": person.id }, person.name,
        h("span", { class: "count" }, String(person.articleCount ?? 0)))))), "search-persons"),
      section("Articles", articles.length, h("ol", { class: "article-list" }, articles.map(article =>
        h("li", { class: "article-row", testid: "search-article" },
          h("p", { class: "article-row__title" }, externalLink(article.url, article.title || "Untitled article")),
          h("p", { class: "card__meta" }, h("time", { datetime: article.published }, formatInstant(article.published))),
          article.shows?.length ? h("ul", { class: "chips", "aria-label": "Shows" }, article.shows.map(showId =>
            h("li", {}, h("a", { class: "chip chip--show", href: showHref(showId) },
              showNames.get(showId) ?? showId)))) : null))), "search-articles"));
  }

  load().catch(error => {
    if (error.name === "AbortError") return;
    stats.textContent = "";
    fill(results, errorBox(error, load));
  });
  return { heading: title, dispose() {} };
}
