// The show page's filter bar: entry kinds (toggle buttons), one person named in the articles, and the order.

import { fill, h, kindShape, personHref } from "./dom.js";
import { personFilter } from "./entries.js";
import { KIND_PLURALS } from "./format.js";

export const KINDS = ["ARTICLE", "RELEASE", "EPISODE"];

export class ShowFilters {
  kinds = new Set(KINDS);
  person = "";
  newestFirst = true;
  #kindButtons;
  #personSelect;
  #personPage = h("span", { class: "person-page-link" });
  #orderButton;

  /** `onChange` is called after every change of a filter. */
  constructor(onChange) {
    this.#kindButtons = new Map(KINDS.map(kind => [kind, h("button", {
      type: "button", class: `toggle toggle--${kind.toLowerCase()}`, "aria-pressed": "true",
      testid: `filter-kind-${kind.toLowerCase()}`,
      onclick: () => {
        // At least one kind stays selected: an empty timeline by choice helps nobody.
        if (this.kinds.has(kind) && this.kinds.size > 1) this.kinds.delete(kind);
        else this.kinds.add(kind);
        onChange();
      },
    })]));
    this.#personSelect = h("select", { id: "person-filter", testid: "filter-person",
      onchange: () => { this.person = this.#personSelect.value; onChange(); } });
    this.#orderButton = h("button", { type: "button", class: "toggle toggle--order", testid: "order-toggle",
      onclick: () => { this.newestFirst = !this.newestFirst; onChange(); } });
    this.element = h("section", { class: "filters", "aria-label": "Filters" },
      h("div", { class: "filters__group", role: "group", "aria-label": "Entry kinds" }, [...this.#kindButtons.values()]),
      h("div", { class: "filters__group" },
        h("label", { for: "person-filter" }, "Person"), this.#personSelect, this.#personPage),
      h("div", { class: "filters__group filters__group--end" }, this.#orderButton));
  }

  /** Whether an entry passes the filters, given all entries (a person's releases are found through articles). */
  predicate(all) {
    const byPerson = personFilter(this.person, all);
    return entry => this.kinds.has(entry.kind) && byPerson(entry);
  }

  /** Updates counts, pressed states and the person list to the entries now known. */
  render(all) {
    const byPerson = personFilter(this.person, all);
    for (const [kind, button] of this.#kindButtons) {
      const count = all.filter(entry => entry.kind === kind && byPerson(entry)).length;
      button.setAttribute("aria-pressed", String(this.kinds.has(kind)));
      fill(button, kindShape(kind, { size: 12 }), KIND_PLURALS[kind], h("span", { class: "count" }, count));
    }
    this.#orderButton.textContent = this.newestFirst ? "Newest first ↓" : "Oldest first ↓";
    this.#orderButton.setAttribute("aria-label",
      `Order: ${this.newestFirst ? "newest" : "oldest"} first. Change order`);
    this.#renderPersons(all);
  }

  #renderPersons(all) {
    const counts = new Map();
    for (const entry of all) {
      for (const person of entry.article?.persons ?? []) {
        const known = counts.get(person.id) ?? { name: person.name, count: 0 };
        known.count += 1;
        counts.set(person.id, known);
      }
    }
    const people = [...counts].sort((a, b) => b[1].count - a[1].count || a[1].name.localeCompare(b[1].name));
    fill(this.#personSelect, h("option", { value: "" }, `Everyone (${people.length})`),
      people.map(([personId, { name, count }]) => h("option", { value: personId }, `${name} (${count})`)));
    if (this.person && !counts.has(this.person)) this.person = "";
    this.#personSelect.value = this.person;
    fill(this.#personPage, this.person
      ? h("a", { href: personHref(this.person), testid: "filter-person-page" }, "Person page →") : null);
  }
}
