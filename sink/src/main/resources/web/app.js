// newsreel dashboard: hash routes (#/, #/shows/{id}, #/persons/{id}, #/search?q=), one live stream, one page at a
// time. Every text from the API reaches the page as a text node (see js/dom.js).

import { homeView, recordActivity } from "./js/home.js";
import { LIVE_STATES, LiveFeed } from "./js/live.js";
import { personView } from "./js/person.js";
import { searchView } from "./js/search.js";
import { showView } from "./js/show.js";

const main = document.getElementById("main");
const announcer = document.getElementById("announcer");
const liveStatus = document.getElementById("live-status");
const searchForm = document.getElementById("search");
const searchInput = document.getElementById("search-input");

const live = new LiveFeed();
let current = null;
let controller = null;
let firstRoute = true;

function announce(text) {
  // Cleared first so that the same message twice is still read out.
  announcer.textContent = "";
  requestAnimationFrame(() => { announcer.textContent = text; });
}

function showLiveState(state) {
  liveStatus.dataset.state = state;
  liveStatus.querySelector(".live-status__text").textContent = LIVE_STATES[state] ?? state;
  liveStatus.title = state === "unavailable"
    ? "The server's live stream cannot be reached; pages refresh themselves every few seconds instead."
    : "";
}

function parseRoute(hash) {
  const path = hash.replace(/^#/, "") || "/";
  const [pathname, queryString = ""] = path.split("?");
  const parts = pathname.split("/").filter(Boolean).map(part => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  });
  if (parts[0] === "shows" && parts[1]) return { view: showView, params: { id: parts[1] } };
  if (parts[0] === "persons" && parts[1]) return { view: personView, params: { id: parts[1] } };
  if (parts[0] === "search") {
    return { view: searchView, params: { query: new URLSearchParams(queryString).get("q") ?? "" } };
  }
  return { view: homeView, params: {} };
}

function route() {
  current?.dispose();
  controller?.abort();
  controller = new AbortController();
  const { view, params } = parseRoute(window.location.hash);
  searchInput.value = view === searchView ? params.query : "";
  current = view(main, params, {
    live, announce, signal: controller.signal,
  });
  // Focus follows the route so keyboard and screen-reader users land on the new page's heading.
  if (!firstRoute) current.heading?.focus({ preventScroll: true });
  window.scrollTo(0, 0);
  firstRoute = false;
}

searchForm.addEventListener("submit", event => {
  event.preventDefault();
  const query = searchInput.value.trim();
  window.location.hash = `#/search?q=${encodeURIComponent(query)}`;
});

live.addEventListener("state", event => showLiveState(event.detail));
live.addEventListener("entry", event => recordActivity(event.detail));
showLiveState(live.state);
window.addEventListener("hashchange", route);
route();
