// The sink's HTTP API. Every failure becomes an ApiError carrying the status and the server's message.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const enc = encodeURIComponent;
const MAX_TIMELINE_PAGES = 40;

const UNAVAILABLE_RETRIES = 5;

const pause = (ms, signal) => new Promise((resolve, reject) => {
  const timer = setTimeout(resolve, ms);
  signal?.addEventListener("abort", () => {
    clearTimeout(timer);
    reject(new DOMException("Aborted", "AbortError"));
  }, { once: true });
});

/** GETs JSON; a 503 (timelines restoring or rebalancing) is asked again after the server's Retry-After. */
export async function getJson(path, { signal } = {}) {
  for (let attempt = 0; ; attempt++) {
    let response;
    try {
      response = await fetch(path, { headers: { Accept: "application/json" }, signal });
    } catch (error) {
      if (error.name === "AbortError") throw error;
      throw new ApiError(0, "The server cannot be reached.");
    }
    const isJson = (response.headers.get("Content-Type") ?? "").includes("json");
    const body = isJson ? await response.json().catch(() => null) : null;
    if (response.status === 503 && attempt < UNAVAILABLE_RETRIES) {
      const seconds = Number(response.headers.get("Retry-After")) || 2;
      await pause(Math.min(seconds, 30) * 1000, signal);
      continue;
    }
    if (!response.ok) {
      throw new ApiError(response.status, body?.message ?? `${response.status} ${response.statusText}`);
    }
    if (body === null) throw new ApiError(response.status, "The server did not answer with JSON.");
    return body;
  }
}

export const api = {
  shows: options => getJson("/api/shows", options),
  show: (id, options) => getJson(`/api/shows/${enc(id)}`, options),

  /** The whole timeline, oldest first, following the cursor from page to page. */
  async timeline(id, options) {
    const entries = [];
    let show = null;
    let after = null;
    for (let page = 0; page < MAX_TIMELINE_PAGES; page++) {
      const cursor = after ? `&after=${enc(after)}` : "";
      const body = await getJson(`/api/shows/${enc(id)}/timeline?limit=500${cursor}`, options);
      show = body.show ?? show;
      entries.push(...(body.entries ?? []));
      if (!body.next || body.next === after) break;
      after = body.next;
    }
    return { show, entries };
  },

  persons: options => getJson("/api/persons", options),
  person: (id, options) => getJson(`/api/persons/${enc(id)}`, options),
  search: (query, options) => getJson(`/api/search?q=${enc(query)}`, options),
  calendarUrl: id => `/api/shows/${enc(id)}/calendar.ics`,
  atomUrl: id => `/api/shows/${enc(id)}/feed.atom`,
  streamUrl: showId => (showId ? `/api/stream?show=${enc(showId)}` : "/api/stream"),
};
