// The horizontal overview of a timeline: a date axis with one marker per entry, releases and episodes on the upper
// lane, articles on the lower one. It is a picture for pointing devices; the list below it carries the same content
// for keyboards and screen readers.

import { svg } from "./dom.js";
import { entryTime, KIND_LABELS, releaseTitle } from "./format.js";

const DAY = 86_400_000;
const HEIGHT = 128;
const GUTTER = 78;
const RIGHT = 18;
const LANES = { upper: 38, lower: 74 };
const AXIS_Y = 100;

const STEPS = [
  { days: 1 }, { days: 2 }, { days: 7 }, { days: 14 },
  { months: 1 }, { months: 2 }, { months: 3 }, { months: 6 }, { months: 12 }, { months: 24 }, { months: 60 },
];

function stepLength(step) {
  return step.days ? step.days * DAY : step.months * 30.4 * DAY;
}

function ticks(from, to, maxTicks) {
  const step = STEPS.find(candidate => (to - from) / stepLength(candidate) <= maxTicks) ?? STEPS.at(-1);
  const result = [];
  const start = new Date(from);
  start.setHours(0, 0, 0, 0);
  if (step.days) {
    if (step.days >= 7) start.setDate(start.getDate() - ((start.getDay() + 6) % 7));
    for (const date = start; date.getTime() <= to; date.setDate(date.getDate() + step.days)) {
      if (date.getTime() >= from) result.push({ at: date.getTime(), label: dayLabel(date) });
    }
    return result;
  }
  start.setDate(1);
  while (start.getMonth() % Math.min(step.months, 12) !== 0) start.setMonth(start.getMonth() + 1);
  for (const date = start; date.getTime() <= to; date.setMonth(date.getMonth() + step.months)) {
    if (date.getTime() < from) continue;
    const showYear = result.length === 0 || date.getMonth() === 0 || step.months >= 12;
    result.push({ at: date.getTime(), label: monthLabel(date, showYear) });
  }
  return result;
}

const dayLabel = date => new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short" }).format(date);
const monthLabel = (date, withYear) => new Intl.DateTimeFormat(undefined,
  withYear ? { month: "short", year: "numeric" } : { month: "short" }).format(date);

function markerFor(entry, x, y, onSelect) {
  const conflict = Boolean(entry.release?.conflict);
  const kind = entry.kind ?? "ARTICLE";
  const size = kind === "ARTICLE" ? 12 : 16;
  const half = size / 2;
  const cls = `shape shape--${kind.toLowerCase()}${conflict ? " shape--conflict" : ""}`;
  let shape;
  if (kind === "RELEASE") {
    shape = svg("path", { class: cls, d: `M${x} ${y - half} L${x + half} ${y} L${x} ${y + half} L${x - half} ${y} Z` });
  } else if (kind === "EPISODE") {
    shape = svg("rect", { class: cls, x: x - half + 2, y: y - half + 2, width: size - 4, height: size - 4, rx: 2 });
  } else {
    shape = svg("circle", { class: cls, cx: x, cy: y, r: half - 1 });
  }
  const title = entry.article?.title ?? releaseTitle(entry.release, kind);
  const when = new Date(entryTime(entry)).toLocaleDateString();
  const group = svg("g", { class: "axis__marker", "data-entry-id": entry.entryId, onclick: () => onSelect(entry.entryId) },
    svg("title", {}, `${KIND_LABELS[kind] ?? kind}${conflict ? " (conflicting reports)" : ""}: ${title}, ${when}`),
    svg("line", { class: "axis__stem", x1: x, x2: x, y1: y + half, y2: AXIS_Y }),
    shape);
  if (conflict) group.append(svg("circle", { class: "axis__conflict-ring", cx: x, cy: y, r: half + 4 }));
  return group;
}

/** An SVG overview of the entries over `width` pixels; clicking a marker calls onSelect(entryId). */
export function renderAxis(entries, width, onSelect) {
  const times = entries.map(entryTime).filter(Number.isFinite);
  const plotWidth = Math.max(120, width - GUTTER - RIGHT);
  let from = times.length ? Math.min(...times) : Date.now() - 30 * DAY;
  let to = times.length ? Math.max(...times) : Date.now();
  const padding = Math.max((to - from) * 0.04, 2 * DAY);
  from -= padding;
  to += padding;
  const x = at => GUTTER + ((at - from) / (to - from)) * plotWidth;

  const root = svg("svg", { class: "axis", width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`, role: "img",
    testid: "timeline-axis",
    "aria-label": `Overview of ${entries.length} entries from ${new Date(from).toLocaleDateString()} to `
      + `${new Date(to).toLocaleDateString()}` });
  root.append(
    svg("text", { class: "axis__lane-label", x: 0, y: LANES.upper + 4 }, "Releases"),
    svg("text", { class: "axis__lane-label", x: 0, y: LANES.lower + 4 }, "Articles"),
    svg("line", { class: "axis__lane", x1: GUTTER, x2: GUTTER + plotWidth, y1: LANES.upper, y2: LANES.upper }),
    svg("line", { class: "axis__lane", x1: GUTTER, x2: GUTTER + plotWidth, y1: LANES.lower, y2: LANES.lower }),
    svg("line", { class: "axis__line", x1: GUTTER, x2: GUTTER + plotWidth, y1: AXIS_Y, y2: AXIS_Y }));

  for (const tick of ticks(from, to, Math.max(2, Math.floor(plotWidth / 84)))) {
    const tx = x(tick.at);
    root.append(svg("line", { class: "axis__tick", x1: tx, x2: tx, y1: AXIS_Y, y2: AXIS_Y + 5 }),
      svg("text", { class: "axis__tick-label", x: tx, y: AXIS_Y + 19, "text-anchor": "middle" }, tick.label));
  }
  const now = Date.now();
  if (now >= from && now <= to) {
    root.append(svg("line", { class: "axis__today", x1: x(now), x2: x(now), y1: 16, y2: AXIS_Y }),
      svg("text", { class: "axis__today-label", x: x(now), y: 12, "text-anchor": "middle" }, "Today"));
  }

  // Markers closer than a few pixels are stacked upwards so none hides another.
  const lastX = { upper: [], lower: [] };
  const sorted = entries.filter(entry => Number.isFinite(entryTime(entry)))
    .sort((a, b) => entryTime(a) - entryTime(b));
  for (const entry of sorted) {
    const lane = entry.kind === "ARTICLE" ? "lower" : "upper";
    const mx = x(entryTime(entry));
    const level = lastX[lane].findIndex(previous => mx - previous > 9);
    const slot = level === -1 ? Math.min(lastX[lane].length, 2) : level;
    lastX[lane][slot] = mx;
    root.append(markerFor(entry, mx, LANES[lane] - slot * 9, onSelect));
  }
  return root;
}
