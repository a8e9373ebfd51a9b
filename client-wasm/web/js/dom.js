// Small helpers for building the page with the DOM, so views read as a description of what they
// show. Text always goes in as text nodes, never as HTML.

/**
 * Makes an element. `props` sets attributes (`class`, `for`, `aria-*`, `data-*`, ...), except
 * that functions named `on…` become event listeners and `hidden`, `disabled`, `value`, `checked`
 * and `selected` are set as properties. Children may be strings, nodes, arrays, or null.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") {
      element.addEventListener(name.slice(2), value);
    } else if (["hidden", "disabled", "value", "checked", "selected", "required"].includes(name)) {
      element[name] = value;
    } else {
      element.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : String(child));
  }
}

export const byId = (id) => document.getElementById(id);

/** An `<svg>` icon from path data, drawn with the current text colour. */
export function icon(paths) {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  for (const d of [paths].flat()) {
    const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
    path.setAttribute("d", d);
    svg.append(path);
  }
  return svg;
}

export const ICONS = {
  check: "M5 12.5 10 17.5 19 7",
  cloudOff: ["M3 3l18 18", "M8 8a5 5 0 0 0-1 9.9h10.5", "M11.2 5.1A6 6 0 0 1 18 10a4 4 0 0 1 2 7.4"],
  plus: "M12 5v14M5 12h14",
  edit: ["M4 20h4L19 9l-4-4L4 16z", "M13.5 6.5l4 4"],
};
