// One timeline entry as a card: articles, release facts and episode days, each with its own shape and label.

import { externalLink, h, kindShape, outletOf, personHref, warningIcon } from "./dom.js";
import { dayParts, formatInstant, windowParts, KIND_LABELS, percent, plural, releaseTitle, releaseWhen } from "./format.js";

function kindBadge(kind, conflict) {
  return h("span", { class: `kind-badge kind-badge--${kind.toLowerCase()}`, testid: "entry-kind" },
    kindShape(kind, { size: 12, conflict }), KIND_LABELS[kind] ?? kind);
}

function conflictFlag() {
  return h("span", { class: "flag flag--conflict", testid: "conflict-flag",
    title: "Sources disagree on when this happens; each side is shown as its own entry" },
  warningIcon(13), "Conflicting reports");
}

export function newFlag() {
  return h("span", { class: "flag flag--new", testid: "new-flag" }, "New");
}

const PERSONS_SHOWN = 8;

function personLinks(persons) {
  if (!persons?.length) return null;
  const chips = persons.map((person, i) => h("li", { hidden: i >= PERSONS_SHOWN },
    h("a", { class: "chip chip--person", href: personHref(person.id), testid: "person-link",
      "data-person-id": person.id }, person.name)));
  const list = h("ul", { class: "chips", "aria-label": "Persons named" }, chips);
  if (persons.length > PERSONS_SHOWN) {
    const more = h("button", { type: "button", class: "chip chip--more", "aria-expanded": "false",
      onclick: () => {
        chips.forEach(chip => { chip.hidden = false; });
        more.parentElement.remove();
        chips[PERSONS_SHOWN].querySelector("a").focus();
      } }, `+${persons.length - PERSONS_SHOWN} more`);
    list.append(h("li", {}, more));
  }
  return list;
}

function articleBody(entry) {
  const article = entry.article ?? {};
  const primary = article.salience === "PRIMARY";
  return [
    h("div", { class: "card__head" },
      kindBadge("ARTICLE"),
      h("span", { class: `salience${primary ? " salience--primary" : ""}` }, primary ? "Main subject" : "Mentioned"),
      article.revision > 1 ? h("span", { class: "salience" }, `Revision ${article.revision}`) : null),
    h("h3", { class: "card__title", testid: "entry-title" },
      externalLink(article.url, article.title || "Untitled article")),
    h("p", { class: "card__meta" },
      h("span", { class: "outlet", testid: "entry-outlet" }, outletOf(article.url, article.feedUrl)),
      h("span", { "aria-hidden": "true" }, " · "),
      h("time", { datetime: article.published ?? entry.at }, formatInstant(article.published ?? entry.at))),
    article.summary ? h("p", { class: "card__summary" }, article.summary) : null,
    personLinks(article.persons),
    coverageList(entry.coverage, article.id),
  ];
}

/** Other outlets' reports of the same story (the entry's own article is the first of the coverage). */
function coverageList(coverage, articleId) {
  const others = (coverage ?? []).filter(report => report.id !== articleId);
  if (!others.length) return null;
  return h("details", { class: "sources coverage", testid: "coverage" },
    h("summary", {}, `Also reported by ${plural(others.length, "other article")}`),
    h("ol", {}, others.map(report => h("li", { class: "source" },
      h("p", { class: "source__title" }, externalLink(report.url, report.title || "Untitled article")),
      h("p", { class: "card__meta" },
        h("span", { class: "outlet" }, outletOf(report.url, report.feedUrl)),
        report.published ? [" · ", h("time", { datetime: report.published }, formatInstant(report.published))]
          : null)))));
}

function releaseFacts(release) {
  const facts = [];
  if (release.platform) facts.push(release.platform);
  if (release.episodes) facts.push(plural(release.episodes, "episode"));
  if (release.cadence) facts.push(release.cadence);
  return facts;
}

function evidenceQuote(evidence) {
  if (!evidence?.text) return null;
  return h("blockquote", { class: "evidence", testid: "source-evidence" },
    h("p", {}, evidence.text),
    evidence.rule ? h("footer", {}, "rule ", h("code", {}, evidence.rule)) : null);
}

function sourceList(sources) {
  if (!sources?.length) return null;
  const items = sources.map(source => h("li", { class: "source", testid: "release-source" },
    h("p", { class: "source__title" }, externalLink(source.url, source.title || "Untitled article")),
    h("p", { class: "card__meta" },
      h("span", { class: "outlet" }, outletOf(source.url, source.feedUrl)),
      source.published ? [" · ", h("time", { datetime: source.published }, formatInstant(source.published))] : null,
      " · ", `${percent(source.confidence)} confident`),
    evidenceQuote(source.evidence)));
  return h("details", { class: "sources" },
    h("summary", { testid: "sources-toggle" }, `Reported by ${plural(sources.length, "source")}`),
    h("ol", {}, items));
}

function confidence(release) {
  return h("span", { class: "confidence" },
    h("meter", { min: 0, max: 1, value: release.confidence ?? 0, "aria-label": "Confidence" }),
    h("span", {}, `${percent(release.confidence)} confidence`));
}

function releaseBody(entry) {
  const release = entry.release ?? {};
  const when = releaseWhen(release);
  const whenNode = release.date ? h("time", { datetime: release.date }, when) : when;
  const facts = releaseFacts(release);
  if (entry.kind === "EPISODE") {
    // Episode days come in runs (two a week for months): one compact line each.
    return [
      h("div", { class: "card__head" },
        kindBadge(entry.kind, release.conflict),
        h("h3", { class: "card__title", testid: "entry-title" }, releaseTitle(release, entry.kind)),
        h("span", { class: "card__when" }, whenNode),
        release.conflict ? conflictFlag() : null),
      h("p", { class: "card__meta" }, facts.join(" · "), facts.length ? " · " : "", confidence(release)),
      sourceList(release.sources),
    ];
  }
  return [
    h("div", { class: "card__head" },
      kindBadge(entry.kind, release.conflict),
      release.conflict ? conflictFlag() : null),
    h("h3", { class: "card__title", testid: "entry-title" }, releaseTitle(release, entry.kind)),
    h("p", { class: "card__when" }, whenNode),
    facts.length ? h("p", { class: "card__meta" }, facts.join(" · ")) : null,
    confidence(release),
    sourceList(release.sources),
  ];
}

/** The list item for one entry; `isNew` flags it as just arrived. */
export function entryItem(entry, { isNew = false } = {}) {
  const conflict = Boolean(entry.release?.conflict);
  const kind = entry.kind ?? "ARTICLE";
  const at = new Date(entry.at);
  const release = entry.release;
  const day = release?.date ? dayParts(release.date, true)
    : release?.dateWindow ? windowParts(release.dateWindow) : dayParts(entry.at, false);
  return h("li", {
    class: `entry entry--${kind.toLowerCase()}${conflict ? " entry--conflict" : ""}${isNew ? " is-new" : ""}`,
    testid: "timeline-entry", "data-entry-id": entry.entryId, "data-kind": kind, "data-new": isNew ? "true" : null,
    tabindex: "-1",
  },
  h("div", { class: "entry__when" },
    h("time", { datetime: release?.date ?? (Number.isNaN(at.getTime()) ? null : at.toISOString()) },
      h("span", { class: "entry__day" }, day.day), h("span", { class: "entry__year" }, day.year))),
  h("div", { class: "entry__marker", "aria-hidden": "true" }, kindShape(kind, { size: 18, conflict })),
  h("article", { class: "card" },
    isNew ? newFlag() : null,
    kind === "ARTICLE" ? articleBody(entry) : releaseBody(entry)));
}

/** The entries a person filter keeps: articles naming the person, and release facts those articles report. */
export function personFilter(personId, entries) {
  if (!personId) return () => true;
  const articles = new Set(entries
    .filter(entry => entry.article?.persons?.some(person => person.id === personId))
    .map(entry => entry.article.id));
  return entry => (entry.article
    ? articles.has(entry.article.id)
    : (entry.release?.sources ?? []).some(source => articles.has(source.articleId)));
}
