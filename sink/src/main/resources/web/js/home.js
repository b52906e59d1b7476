// The home page: every show with its next release and counts, and the people most written about.

import { api } from "./api.js";
import { externalLink, fill, h, kindShape, personHref, showHref } from "./dom.js";
import { formatInstant, plural, relative, releaseTitle } from "./format.js";
import { errorBox, nextReleaseLine, pageHeader } from "./views.js";

const POLL_MS = 30_000;
const PEOPLE_SHOWN = 18;
const ACTIVITY_SHOWN = 8;

/** Entries received live during this visit, newest first; kept across page changes. */
const activity = [];

export function recordActivity(entry) {
  if (!entry?.entryId || activity.some(seen => seen.showId === entry.showId && seen.entryId === entry.entryId)) return;
  activity.unshift({ ...entry, receivedAt: new Date().toISOString() });
  activity.length = Math.min(activity.length, ACTIVITY_SHOWN);
}

function activityItem(entry, showNames) {
  const kind = entry.kind ?? "ARTICLE";
  const what = entry.article
    ? externalLink(entry.article.url, entry.article.title || "Untitled article")
    : releaseTitle(entry.release, kind);
  return h("li", { class: "activity__item", testid: "activity-item" },
    kindShape(kind, { size: 12, conflict: Boolean(entry.release?.conflict) }),
    h("div", {},
      h("p", { class: "activity__what" }, what),
      h("p", { class: "card__meta" },
        h("a", { href: showHref(entry.showId) }, showNames.get(entry.showId) ?? entry.showId), " · ",
        h("time", { datetime: entry.receivedAt }, formatInstant(entry.receivedAt)))));
}

function stat(label, value, testid) {
  return h("div", {}, h("dt", {}, label), h("dd", { testid }, value));
}

export function showCard(show, { updated = false } = {}) {
  return h("li", { class: `show-card${updated ? " is-updated" : ""}`, testid: "show-card", "data-show-id": show.id },
    h("h2", { class: "show-card__name" },
      h("a", { href: showHref(show.id), testid: "show-link" }, show.name)),
    nextReleaseLine(show.nextRelease),
    h("dl", { class: "stats" },
      stat("Articles", String(show.articleCount ?? 0), "show-card-articles"),
      stat("Releases", String(show.releaseCount ?? 0), "show-card-releases"),
      stat("Updated", show.lastUpdate ? relative(show.lastUpdate) : "never")));
}

function personChip(person) {
  return h("li", {}, h("a", { class: "chip chip--person", href: personHref(person.id), testid: "person-link",
    "data-person-id": person.id }, person.name, h("span", { class: "count" }, String(person.articleCount ?? 0))));
}

export function homeView(main, params, { live, announce, signal }) {
  const title = h("h1", { tabindex: "-1" }, "Shows");
  const intro = h("p", { class: "page-header__stats", testid: "home-summary" }, "Loading…");
  const grid = h("ul", { class: "show-grid", testid: "show-list", "aria-label": "Shows" });
  const people = h("ul", { class: "chips", testid: "people-list", "aria-label": "People" });
  const peopleSection = h("section", { class: "section", hidden: true, "aria-labelledby": "people-heading" },
    h("h2", { id: "people-heading", class: "section__title" }, "People in the news"), people);
  const problem = h("div", {});
  const activityList = h("ol", { class: "activity__list", testid: "activity" });
  const activitySection = h("aside", { class: "activity", "aria-labelledby": "activity-heading" },
    h("h2", { id: "activity-heading", class: "section__title" }, "Arriving now"), activityList);
  fill(main, pageHeader(title, intro), problem,
    h("div", { class: "home-layout" }, h("div", {}, grid, peopleSection), activitySection));
  const renderActivity = () => {
    const names = new Map((previous ?? []).map(show => [show.id, show.name]));
    fill(activityList, ...(activity.length ? activity.map(entry => activityItem(entry, names))
      : [h("li", { class: "activity__empty" }, live.state === "open"
        ? "New articles and release facts appear here as they arrive."
        : "Live updates are unavailable; the list of shows refreshes itself every 30 seconds.")]));
  };
  document.title = "newsreel";

  let previous = null;

  async function loadShows() {
    const { shows } = await api.shows({ signal });
    const counts = new Map((previous ?? []).map(show => [show.id, show.articleCount + show.releaseCount]));
    const changed = previous ? shows.filter(show => counts.get(show.id) !== show.articleCount + show.releaseCount) : [];
    previous = shows;
    fill(problem);
    const articles = shows.reduce((sum, show) => sum + (show.articleCount ?? 0), 0);
    intro.textContent = shows.length
      ? `${plural(shows.length, "show")} followed, ${plural(articles, "article")} so far`
      : "No shows yet: the feeds are being read.";
    fill(grid, ...shows.map(show => showCard(show, { updated: changed.includes(show) })));
    renderActivity();
    if (changed.length) announce(`Updated: ${changed.map(show => show.name).join(", ")}`);
  }

  async function loadPeople() {
    try {
      const { persons } = await api.persons({ signal });
      const top = [...persons].sort((a, b) => (b.articleCount ?? 0) - (a.articleCount ?? 0)).slice(0, PEOPLE_SHOWN);
      fill(people, ...top.map(personChip));
      peopleSection.hidden = top.length === 0;
    } catch {
      peopleSection.hidden = true; // The persons endpoint is optional for this page.
    }
  }

  function load() {
    loadShows().catch(error => {
      if (error.name === "AbortError") return;
      intro.textContent = "";
      fill(problem, errorBox(error, load));
    });
    loadPeople();
  }

  let refreshTimer = null;
  const onEntry = () => {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(load, 800);
    renderActivity();
  };
  const onState = () => {
    renderActivity();
    if (live.state === "open") load(); // catch up with what changed while the stream was down
  };
  const poll = setInterval(() => {
    if (live.state !== "open") load();
  }, POLL_MS);
  // The route aborts the signal when it leaves this page, which removes these listeners.
  live.addEventListener("entry", onEntry, { signal });
  live.addEventListener("removed", onEntry, { signal });
  live.addEventListener("state", onState, { signal });
  live.follow(null);
  renderActivity();
  load();

  return {
    heading: title,
    dispose() {
      clearTimeout(refreshTimer);
      clearInterval(poll);
    },
  };
}
