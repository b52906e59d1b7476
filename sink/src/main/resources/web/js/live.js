// Live updates from /api/stream (Server-Sent Events). One connection at a time; the view in front decides which
// show it follows. When the stream cannot be opened, the state says so and the connection is retried with back-off.

import { api } from "./api.js";

const RETRY_FIRST_MS = 5_000;
const RETRY_MAX_MS = 60_000;

export const LIVE_STATES = {
  connecting: "Connecting…",
  open: "Live",
  reconnecting: "Reconnecting…",
  unavailable: "Live updates unavailable",
};

export class LiveFeed extends EventTarget {
  #source = null;
  #url = null;
  #retryMs = RETRY_FIRST_MS;
  #retryTimer = null;
  state = "connecting";

  /** Follows one show's entries, or every show's when showId is null. */
  follow(showId) {
    const url = api.streamUrl(showId);
    if (url === this.#url && this.#source) return;
    this.#url = url;
    this.#retryMs = RETRY_FIRST_MS;
    this.#connect();
  }

  #connect() {
    this.#close();
    if (typeof EventSource === "undefined") {
      this.#setState("unavailable");
      return;
    }
    this.#setState(this.state === "open" ? "reconnecting" : "connecting");
    const source = new EventSource(this.#url);
    this.#source = source;
    source.addEventListener("open", () => {
      this.#retryMs = RETRY_FIRST_MS;
      this.#setState("open");
    });
    source.addEventListener("entry", event => this.#emit("entry", event.data));
    source.addEventListener("removed", event => this.#emit("removed", event.data));
    source.addEventListener("error", () => {
      if (source.readyState === EventSource.CONNECTING) {
        this.#setState("reconnecting");
        return;
      }
      // Closed for good (the endpoint is missing or answered something other than an event stream): try later.
      this.#close();
      this.#setState("unavailable");
      this.#retryTimer = setTimeout(() => this.#connect(), this.#retryMs);
      this.#retryMs = Math.min(this.#retryMs * 2, RETRY_MAX_MS);
    });
  }

  #emit(type, data) {
    let detail;
    try {
      detail = JSON.parse(data);
    } catch {
      return;
    }
    if (detail && typeof detail === "object") this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  #setState(state) {
    if (state === this.state) return;
    this.state = state;
    this.dispatchEvent(new CustomEvent("state", { detail: state }));
  }

  #close() {
    clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
    if (this.#source) {
      this.#source.close();
      this.#source = null;
    }
  }
}
