// A person's page: their shows and the articles naming them, newest first.

import { api } from "./api.js";
import { externalLink, fill, h, outletOf, showHref } from "./dom.js";
import { formatInstant, plural, relative } from "./format.js";
import { errorBox, pageHeader } from "./views.js";

function articleItem(article) {
  return h("li", { class: "article-row", testid: "person-article" },
    h("p", { class: "article-row__title" }, externalLink(article.url, article.title || "Untitled article")),
    h("p", { class: "card__meta" },
      h("span", { class: "outlet" }, outletOf(article.url, article.feedUrl)), " · ",
      h("time", { datetime: article.published }, formatInstant(article.published))),
    article.shows?.length ? h("ul", { class: "chips", "aria-label": "Shows" }, article.shows.map(show =>
      h("li", {}, h("a", { class: `chip chip--show${show.salience === "PRIMARY" ? " chip--primary" : ""}`,
        href: showHref(show.id), testid: "show-link", "data-show-id": show.id },
      show.name, show.salience === "PRIMARY" ? null : h("span", { class: "chip__note" }, "mention"))))) : null);
}

export function personView(main, { id }, { live, signal }) {
  const title = h("h1", { tabindex: "-1", testid: "person-name" }, "Loading…");
  const stats = h("p", { class: "page-header__stats" });
  const roles = h("ul", { class: "chips", "aria-label": "Roles" });
  const shows = h("ul", { class: "person-shows", testid: "person-shows" });
  const articles = h("ol", { class: "article-list", testid: "person-articles" });
  const problem = h("div", {});
  fill(main, 
    h("p", { class: "breadcrumb" }, h("a", { href: "#/" }, "← All shows")),
    pageHeader(title, roles, stats),
    problem,
    h("div", { class: "person-layout" },
      h("section", { class: "section", "aria-labelledby": "person-shows-heading" },
        h("h2", { class: "section__title", id: "person-shows-heading" }, "Shows"), shows),
      h("section", { class: "section", "aria-labelledby": "person-articles-heading" },
        h("h2", { class: "section__title", id: "person-articles-heading" }, "Articles"), articles)));
  live.follow(null);

  async function load() {
    const body = await api.person(id, { signal });
    const person = body.person ?? {};
    title.textContent = person.name ?? id;
    document.title = `${title.textContent} · newsreel`;
    fill(roles, ...(person.roles ?? []).map(role => h("li", { class: "chip chip--role" }, role)));
    fill(stats, h("span", {}, plural(person.articleCount ?? 0, "article")),
      person.lastSeen ? h("span", {}, `last seen ${relative(person.lastSeen)}`) : null);
    fill(shows, ...(person.shows ?? []).map(show => h("li", {},
      h("a", { class: "person-show", href: showHref(show.id), testid: "show-link", "data-show-id": show.id },
        h("span", { class: "person-show__name" }, show.name),
        h("span", { class: "count" }, plural(show.articles ?? 0, "article"))))));
    fill(articles, ...(body.articles ?? []).map(articleItem));
  }

  load().catch(error => {
    if (error.name === "AbortError") return;
    title.textContent = error.status === 404 ? "Person not found" : "Cannot load this person";
    fill(problem, errorBox(error, () => load().then(() => fill(problem), () => {})));
  });

  return { heading: title, dispose() {} };
}
