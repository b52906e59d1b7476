// Building DOM nodes without ever parsing a string as HTML: every text from the API goes in as a text node.

const SVG_NS = "http://www.w3.org/2000/svg";

function setAttributes(node, attributes) {
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") {
      node.addEventListener(name.slice(2), value);
    } else if (name === "testid") {
      node.setAttribute("data-testid", value);
    } else {
      node.setAttribute(name, value === true ? "" : String(value));
    }
  }
}

function appendChildren(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false || child === "") continue;
    node.append(child instanceof Node ? child : String(child));
  }
}

/** An HTML element: h("a", {href, class}, "text", otherNode). Strings become text nodes. */
export function h(tag, attributes, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attributes);
  appendChildren(node, children);
  return node;
}

/** Replaces a node's children; like replaceChildren, but null, undefined and false are left out, not printed. */
export function fill(node, ...children) {
  node.replaceChildren();
  appendChildren(node, children);
  return node;
}

/** An SVG element, same calling convention as h. */
export function svg(tag, attributes, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttributes(node, attributes);
  appendChildren(node, children);
  return node;
}

/** The URL if it is http or https, else null: a feed cannot smuggle in a javascript: link. */
export function safeHref(url) {
  if (!url) return null;
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link that leaves the dashboard, or plain text when the URL is not a web address. */
export function externalLink(url, text, attributes = {}) {
  const href = safeHref(url);
  if (!href) return h("span", attributes, text);
  return h("a", { ...attributes, href, target: "_blank", rel: "noopener noreferrer" }, text);
}

/** The outlet's host name ("kdrama-daily.example") from an article or feed URL. */
export function outletOf(...urls) {
  for (const url of urls) {
    const href = safeHref(url);
    if (href) return new URL(href).hostname.replace(/^www\./, "");
  }
  return "unknown outlet";
}

/** Hash route to a show or person page; ids are encoded, never trusted to be URL-safe. */
export const showHref = id => `#/shows/${encodeURIComponent(id)}`;
export const personHref = id => `#/persons/${encodeURIComponent(id)}`;

/** Marker shape for an entry kind: circle for articles, diamond for releases, square for episodes. */
export function kindShape(kind, { size = 14, conflict = false } = {}) {
  const half = size / 2;
  const attributes = { class: `shape shape--${kind.toLowerCase()}${conflict ? " shape--conflict" : ""}` };
  let shape;
  if (kind === "RELEASE") {
    shape = svg("path", { ...attributes, d: `M${half} 1 L${size - 1} ${half} L${half} ${size - 1} L1 ${half} Z` });
  } else if (kind === "EPISODE") {
    shape = svg("rect", { ...attributes, x: 2, y: 2, width: size - 4, height: size - 4, rx: 2 });
  } else {
    shape = svg("circle", { ...attributes, cx: half, cy: half, r: half - 1.5 });
  }
  return svg("svg", { width: size, height: size, viewBox: `0 0 ${size} ${size}`, "aria-hidden": "true",
    focusable: "false", class: "shape-icon" }, shape);
}

/** A warning triangle icon. */
export function warningIcon(size = 14) {
  return svg("svg", { width: size, height: size, viewBox: "0 0 16 16", "aria-hidden": "true", focusable: "false",
    class: "warning-icon" },
  svg("path", { d: "M8 1.5 15 14.5H1Z", fill: "currentColor" }),
  svg("path", { d: "M8 6v4M8 11.6v1", stroke: "var(--surface)", "stroke-width": "1.8", "stroke-linecap": "round" }));
}
