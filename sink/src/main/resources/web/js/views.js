// Pieces every page uses: the page header, error boxes, icons.

import { h, kindShape, svg, warningIcon } from "./dom.js";
import { relative, releaseTitle, releaseWhen } from "./format.js";

export function pageHeader(title, ...rest) {
  return h("header", { class: "page-header" }, title, rest);
}

/** A message for a failed request, with a button to try again. */
export function errorBox(error, retry) {
  const missing = error.status === 404;
  return h("div", { class: "notice notice--error", role: "alert", testid: "error" },
    h("p", {}, h("strong", {}, missing ? "Not found. " : "Something went wrong. "), error.message),
    retry ? h("button", { type: "button", class: "button", onclick: retry }, "Try again") : null);
}

export function notice(text, testid) {
  return h("p", { class: "notice", testid }, text);
}

function icon(...paths) {
  return svg("svg", { class: "icon", width: 16, height: 16, viewBox: "0 0 16 16", "aria-hidden": "true",
    focusable: "false", fill: "none", stroke: "currentColor", "stroke-width": "1.6", "stroke-linecap": "round",
    "stroke-linejoin": "round" }, paths.map(d => svg("path", { d })));
}

export const calendarIcon = () => icon("M2.5 4h11v9.5h-11z", "M2.5 7h11", "M5.5 2.5v3M10.5 2.5v3");
export const feedIcon = () => icon("M3 3a10 10 0 0 1 10 10", "M3 7a6 6 0 0 1 6 6", "M3.5 12.5h.01");
export const searchIcon = () => icon("M7 12A5 5 0 1 0 7 2a5 5 0 0 0 0 10z", "M10.6 10.6 14 14");

/** The next release of a show, or a note that none is known. */
export function nextReleaseLine(next) {
  if (!next) {
    return h("div", { class: "next-release next-release--none", testid: "next-release" },
      h("span", { class: "next-release__label" }, "Next release"),
      h("span", { class: "next-release__what" }, "None announced yet"));
  }
  const kind = next.kind ?? "RELEASE";
  return h("div", { class: `next-release${next.conflict ? " next-release--conflict" : ""}`, testid: "next-release" },
    h("span", { class: "next-release__label" }, "Next release"),
    h("span", { class: "next-release__what" },
      kindShape(kind, { size: 12, conflict: next.conflict }),
      h("strong", {}, releaseTitle(next, kind)),
      h("span", {}, releaseWhen(next)),
      next.date ? h("span", { class: "muted" }, `(${relative(`${next.date}T00:00:00Z`)})`) : null,
      next.conflict ? h("span", { class: "flag flag--conflict" }, warningIcon(12), "Conflicting reports") : null));
}
