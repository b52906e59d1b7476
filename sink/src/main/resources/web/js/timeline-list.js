// The vertical timeline: entries grouped by month, in either order, kept sorted as entries come and go one by one
// (a live entry is inserted in place, so focus and scroll position elsewhere in the list are left alone).

import { fill, h } from "./dom.js";
import { entryTime, monthOf } from "./format.js";

export function compareEntries(a, b) {
  return entryTime(a) - entryTime(b) || String(a.entryId).localeCompare(String(b.entryId));
}

export class TimelineList {
  #list;
  #entryOf;
  #nodes = new Map();
  #groups = new Map();
  newestFirst = true;

  /** `entryOf(entryId)` gives the entry a rendered node stands for. */
  constructor(list, entryOf) {
    this.#list = list;
    this.#entryOf = entryOf;
  }

  node(entryId) {
    return this.#nodes.get(entryId);
  }

  clear() {
    this.#nodes.clear();
    this.#groups.clear();
    fill(this.#list);
  }

  /** Inserts the node of an entry at its place; an entry already shown is moved. */
  place(entry, node) {
    this.remove(entry.entryId);
    const direction = this.newestFirst ? -1 : 1;
    const month = monthOf(entryTime(entry));
    let group = this.#groups.get(month.key);
    if (!group) {
      const entries = h("ol", { class: "timeline__entries" });
      group = { element: h("li", { class: "timeline__month", "data-month": month.key },
        h("h2", { class: "timeline__month-label" }, month.label), entries), entries };
      this.#groups.set(month.key, group);
      const after = [...this.#list.children]
        .find(child => direction * child.dataset.month.localeCompare(month.key) > 0);
      this.#list.insertBefore(group.element, after ?? null);
    }
    const before = [...group.entries.children]
      .find(child => direction * compareEntries(this.#entryOf(child.dataset.entryId), entry) > 0);
    group.entries.insertBefore(node, before ?? null);
    this.#nodes.set(entry.entryId, node);
  }

  remove(entryId) {
    const node = this.#nodes.get(entryId);
    if (!node) return;
    const group = node.closest(".timeline__month");
    node.remove();
    this.#nodes.delete(entryId);
    if (group && !group.querySelector(".entry")) {
      this.#groups.delete(group.dataset.month);
      group.remove();
    }
  }
}
