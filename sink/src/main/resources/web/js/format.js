// Labels and dates. Release days are calendar days (no time zone); article times are instants shown locally.

const dayFormat = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", year: "numeric",
  timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat(undefined, { month: "long", year: "numeric", timeZone: "UTC" });
const shortMonthFormat = new Intl.DateTimeFormat(undefined, { month: "short", year: "numeric", timeZone: "UTC" });
const instantFormat = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", year: "numeric",
  hour: "2-digit", minute: "2-digit" });
const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });

export const RELEASE_TYPES = {
  ANNOUNCEMENT: "Announcement",
  CASTING: "Casting",
  PRESS_CONFERENCE: "Press conference",
  PREMIERE: "Premiere",
  NEW_EPISODES: "New episodes",
  SCHEDULE: "Schedule",
  FINALE: "Finale",
  SOUNDTRACK: "Soundtrack",
};

export const KIND_LABELS = { ARTICLE: "Article", RELEASE: "Release", EPISODE: "Episodes" };
export const KIND_PLURALS = { ARTICLE: "Articles", RELEASE: "Releases", EPISODE: "Episodes" };

/** "2023-12-06" as a Date at UTC midnight, or null. */
export function parseDay(day) {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDay(day) {
  const date = parseDay(day);
  return date ? dayFormat.format(date) : "";
}

export function formatWindow(window) {
  const from = parseDay(window?.from);
  const to = parseDay(window?.to);
  if (!from || !to) return "";
  const sameMonth = from.getUTCFullYear() === to.getUTCFullYear() && from.getUTCMonth() === to.getUTCMonth();
  if (sameMonth && from.getUTCDate() === 1) return monthFormat.format(from);
  if (from.getUTCDate() === 1 && new Date(to.getTime() + 86_400_000).getUTCDate() === 1) {
    return `${shortMonthFormat.format(from)} – ${shortMonthFormat.format(to)}`;
  }
  return `${dayFormat.format(from)} – ${dayFormat.format(to)}`;
}

/** When a release happens, as precisely as it is known. */
export function releaseWhen(release) {
  if (!release) return "";
  if (release.date) return formatDay(release.date);
  if (release.dateWindow) return `sometime ${formatWindow(release.dateWindow)}`;
  return "date not known";
}

export function episodesLabel(first, last) {
  if (first == null && last == null) return "";
  if (first == null || last == null || first === last) return `Episode ${first ?? last}`;
  return `Episodes ${first}–${last}`;
}

/** The headline of a release or episode entry: "Premiere", "Soundtrack · Season 2", "Episodes 5–6". */
export function releaseTitle(release, kind) {
  if (!release) return KIND_LABELS[kind] ?? kind;
  if (kind === "EPISODE") {
    return episodesLabel(release.firstEpisode, release.lastEpisode) || "New episodes";
  }
  const type = RELEASE_TYPES[release.type] ?? release.type ?? "Release";
  return release.season ? `${type} · Season ${release.season}` : type;
}

export function formatInstant(iso) {
  const date = iso ? new Date(iso) : null;
  return date && !Number.isNaN(date.getTime()) ? instantFormat.format(date) : "";
}

/** "3 days ago", "in 2 weeks". */
export function relative(iso, now = Date.now()) {
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return "";
  const seconds = (date.getTime() - now) / 1000;
  const units = [["year", 31_536_000], ["month", 2_592_000], ["week", 604_800], ["day", 86_400],
    ["hour", 3_600], ["minute", 60]];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return relativeFormat.format(Math.round(seconds / size), unit);
  }
  return "just now";
}

export function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

export function percent(value) {
  return `${Math.round(Math.max(0, Math.min(1, Number(value) || 0)) * 100)}%`;
}

/**
 * Where an entry sits on the page, in milliseconds: a release on its calendar day (midnight here, so that it falls
 * on the day its label names whatever the time zone), an article at its instant.
 */
export function entryTime(entry) {
  const day = entry.release?.date ?? entry.release?.dateWindow?.from;
  if (day && /^\d{4}-\d{2}-\d{2}$/.test(day)) {
    const [year, month, date] = day.split("-").map(Number);
    return new Date(year, month - 1, date).getTime();
  }
  return new Date(entry.at).getTime();
}

/** Key and label of the month a time falls in, in local time: used to group the vertical timeline. */
export function monthOf(time) {
  const date = new Date(time);
  const key = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}`;
  const label = new Intl.DateTimeFormat(undefined, { month: "long", year: "numeric" }).format(date);
  return { key, label };
}

/** {day: "6 Dec", year: "2023"} for a calendar day ("2023-12-06", isDay) or an instant shown in local time. */
export function dayParts(value, isDay) {
  const date = isDay ? parseDay(value) : new Date(value);
  if (!date || Number.isNaN(date.getTime())) return { day: "", year: "" };
  const zone = isDay ? { timeZone: "UTC" } : {};
  return {
    day: new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", ...zone }).format(date),
    year: new Intl.DateTimeFormat(undefined, { year: "numeric", ...zone }).format(date),
  };
}

/** {day: "Mar–May", year: "2025"} for a window of days. */
export function windowParts(window) {
  const from = parseDay(window?.from);
  const to = parseDay(window?.to);
  if (!from || !to) return { day: "", year: "" };
  const month = date => new Intl.DateTimeFormat(undefined, { month: "short", timeZone: "UTC" }).format(date);
  const sameMonth = from.getUTCMonth() === to.getUTCMonth() && from.getUTCFullYear() === to.getUTCFullYear();
  return { day: sameMonth ? month(from) : `${month(from)}–${month(to)}`, year: String(to.getUTCFullYear()) };
}
