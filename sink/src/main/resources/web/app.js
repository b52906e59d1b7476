"use strict";

const showsList = document.getElementById("shows");
const timeline = document.getElementById("timeline");
const showTitle = document.getElementById("show-title");
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  return node;
}

async function getJson(path) {
  const response = await fetch(path);
  if (!response.ok) throw new Error((await response.json()).message || response.statusText);
  return response.json();
}

async function showTimeline(show, button) {
  showsList.querySelectorAll("button").forEach(b => b.removeAttribute("aria-current"));
  button.setAttribute("aria-current", "true");
  showTitle.textContent = show.name;
  const { entries } = await getJson(`/api/shows/${encodeURIComponent(show.id)}/timeline`);
  timeline.replaceChildren(...entries.map(entry => {
    const item = element("li");
    item.append(element("time", dateFormat.format(new Date(entry.at)), { datetime: entry.at }));
    item.append(element("a", entry.article.title, { href: entry.article.url, rel: "noopener" }));
    if (entry.article.persons.length) {
      item.append(element("div", entry.article.persons.map(p => p.name).join(", "), { class: "persons" }));
    }
    return item;
  }));
}

async function loadShows() {
  try {
    const { shows } = await getJson("/api/shows");
    showsList.replaceChildren(...shows.map(show => {
      const button = element("button", show.name, { type: "button" });
      button.append(element("small", `${show.articleCount} articles`));
      button.addEventListener("click", () => showTimeline(show, button));
      const item = element("li");
      item.append(button);
      return item;
    }));
    if (!shows.length) showsList.replaceChildren(element("li", "No shows yet: feeds are being read."));
  } catch (error) {
    showsList.replaceChildren(element("li", `Cannot load shows: ${error.message}`));
  }
}

loadShows();
