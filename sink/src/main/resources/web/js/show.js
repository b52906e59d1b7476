// A show's page: its header and subscription links, filters, the date-axis overview and the vertical timeline,
// kept current by live entries (or by polling while the stream is unavailable).

import { api } from "./api.js";
import { renderAxis } from "./axis.js";
import { fill, h, kindShape } from "./dom.js";
import { entryItem } from "./entries.js";
import { KINDS, ShowFilters } from "./filters.js";
import { KIND_PLURALS, plural, relative, releaseTitle } from "./format.js";
import { compareEntries, TimelineList } from "./timeline-list.js";
import { calendarIcon, errorBox, feedIcon, nextReleaseLine, pageHeader } from "./views.js";

const NEW_FOR_MS = 30_000;
const POLL_MS = 15_000;

export function showView(main, { id }, { live, announce, signal }) {
  const state = { show: null, entries: new Map() };
  const filters = new ShowFilters(() => renderAll());
  const timers = new Set();

  const title = h("h1", { tabindex: "-1", testid: "show-title" }, "Loading…");
  const stats = h("p", { class: "page-header__stats", testid: "show-stats" });
  const next = h("div", {});
  const links = h("nav", { class: "subscribe", "aria-label": "Subscribe to this show" },
    h("a", { class: "button", href: api.calendarUrl(id), testid: "calendar-link", download: `${id}.ics` },
      calendarIcon(), "Calendar (.ics)"),
    h("a", { class: "button", href: api.atomUrl(id), testid: "atom-link", type: "application/atom+xml" },
      feedIcon(), "Atom feed"));
  const summary = h("p", { class: "filter-summary", role: "status", testid: "filter-summary" });
  const axisHolder = h("figure", { class: "axis-holder" });
  const list = h("ol", { class: "timeline", testid: "timeline", "aria-label": "Timeline entries" });
  const timeline = new TimelineList(list, entryId => state.entries.get(entryId));
  const empty = h("p", { class: "empty", hidden: true });
  const problem = h("div", {});

  fill(main,
    h("p", { class: "breadcrumb" }, h("a", { href: "#/" }, "← All shows")),
    pageHeader(title, stats, next, links),
    problem,
    filters.element,
    summary,
    axisHolder,
    list,
    empty);

  const visible = () => filters.predicate([...state.entries.values()]);

  function renderAll() {
    timeline.clear();
    timeline.newestFirst = filters.newestFirst;
    const shown = [...state.entries.values()].filter(visible()).sort(compareEntries);
    if (filters.newestFirst) shown.reverse();
    for (const entry of shown) timeline.place(entry, entryItem(entry, { isNew: entry.newUntil > Date.now() }));
    renderChrome();
  }

  function renderChrome() {
    const all = [...state.entries.values()];
    filters.render(all);
    const shown = all.filter(visible());
    summary.textContent = `Showing ${plural(shown.length, "entry", "entries")} of ${all.length}`;
    empty.hidden = shown.length > 0;
    empty.textContent = all.length ? "No entries match these filters." : "No entries yet: the feeds are being read.";
    renderAxisNow(shown);
  }

  let lastAxisWidth = 0;
  function renderAxisNow(shown = [...state.entries.values()].filter(visible())) {
    lastAxisWidth = axisHolder.clientWidth;
    if (!lastAxisWidth || !shown.length) {
      fill(axisHolder);
      axisHolder.hidden = !shown.length;
      return;
    }
    axisHolder.hidden = false;
    fill(axisHolder, renderAxis(shown, lastAxisWidth, select),
      h("figcaption", { class: "legend" },
        KINDS.map(kind => h("span", {}, kindShape(kind, { size: 12 }), KIND_PLURALS[kind])),
        h("span", {}, kindShape("RELEASE", { size: 12, conflict: true }), "Conflicting reports")));
  }
  const resize = new ResizeObserver(() => {
    if (Math.abs(axisHolder.clientWidth - lastAxisWidth) > 4) renderAxisNow();
  });
  resize.observe(axisHolder);

  function select(entryId) {
    const node = timeline.node(entryId);
    if (!node) return;
    const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    node.scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "center" });
    node.focus({ preventScroll: true });
  }

  function renderShow(show) {
    if (!show) return;
    state.show = show;
    title.textContent = show.name;
    document.title = `${show.name} · newsreel`;
    fill(stats,
      h("span", { testid: "show-article-count" }, plural(show.articleCount ?? 0, "article")),
      h("span", {}, plural(show.releaseCount ?? 0, "release fact")),
      show.lastUpdate ? h("span", {}, `updated ${relative(show.lastUpdate)}`) : null);
    fill(next, nextReleaseLine(show.nextRelease));
  }

  function accept(entry, { fresh }) {
    const known = state.entries.get(entry.entryId);
    const isNew = fresh && !known;
    if (isNew) {
      entry.newUntil = Date.now() + NEW_FOR_MS;
      const timer = setTimeout(() => {
        timers.delete(timer);
        const node = timeline.node(entry.entryId);
        if (node) {
          node.classList.remove("is-new");
          node.removeAttribute("data-new");
          node.querySelector(".flag--new")?.remove();
        }
      }, NEW_FOR_MS);
      timers.add(timer);
    } else if (known?.newUntil) {
      entry.newUntil = known.newUntil;
    }
    state.entries.set(entry.entryId, entry);
    timeline.remove(entry.entryId);
    if (visible()(entry)) timeline.place(entry, entryItem(entry, { isNew: entry.newUntil > Date.now() }));
    return isNew;
  }

  let refreshTimer = null;
  function refreshShowSoon() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => api.show(id, { signal }).then(renderShow, () => {}), 500);
  }

  function onEntry(event) {
    const entry = event.detail;
    if (entry.showId !== id || !entry.entryId || !entry.at) return;
    const isNew = accept(entry, { fresh: true });
    renderChrome();
    refreshShowSoon();
    if (isNew) {
      const what = entry.article?.title ?? releaseTitle(entry.release, entry.kind);
      announce(`New ${entry.kind === "ARTICLE" ? "article" : "entry"} on ${state.show?.name ?? id}: ${what}`);
    }
  }

  function onRemoved(event) {
    const { showId, entryId } = event.detail;
    if (showId !== id || !state.entries.delete(entryId)) return;
    timeline.remove(entryId);
    renderChrome();
    refreshShowSoon();
  }

  async function load({ initial }) {
    const { show, entries } = await api.timeline(id, { signal });
    renderShow(show);
    if (initial) {
      entries.forEach(entry => state.entries.set(entry.entryId, entry));
      renderAll();
      return;
    }
    const seen = new Set(entries.map(entry => entry.entryId));
    let changed = false;
    for (const entry of entries) {
      const known = state.entries.get(entry.entryId);
      if (!known || JSON.stringify({ ...known, newUntil: undefined }) !== JSON.stringify(entry)) {
        if (accept(entry, { fresh: true }) && entry.kind === "ARTICLE") {
          announce(`New article on ${show?.name ?? id}: ${entry.article?.title ?? ""}`);
        }
        changed = true;
      }
    }
    for (const entryId of [...state.entries.keys()]) {
      if (!seen.has(entryId)) {
        state.entries.delete(entryId);
        timeline.remove(entryId);
        changed = true;
      }
    }
    if (changed) renderChrome();
  }

  // Without the stream, the page still follows the show by asking again now and then.
  const poll = setInterval(() => {
    if (live.state !== "open" && state.show) load({ initial: false }).catch(() => {});
  }, POLL_MS);

  // Entries that changed while the stream was down are fetched when it is up again.
  const onState = () => {
    if (live.state === "open" && state.show) load({ initial: false }).catch(() => {});
  };
  // The route aborts the signal when it leaves this page, which removes these listeners.
  live.addEventListener("entry", onEntry, { signal });
  live.addEventListener("removed", onRemoved, { signal });
  live.addEventListener("state", onState, { signal });
  live.follow(id);

  load({ initial: true }).catch(error => {
    if (error.name === "AbortError") return;
    title.textContent = error.status === 404 ? "Show not found" : "Cannot load this show";
    document.title = `${title.textContent} · newsreel`;
    fill(problem, errorBox(error, error.status === 404 ? null
      : () => window.dispatchEvent(new HashChangeEvent("hashchange"))));
    [list, filters.element, links, summary, axisHolder].forEach(node => { node.hidden = true; });
  });

  return {
    heading: title,
    dispose() {
      clearInterval(poll);
      clearTimeout(refreshTimer);
      timers.forEach(clearTimeout);
      resize.disconnect();
    },
  };
}
