// Parley page: plain JavaScript, no libraries. Every view reads its state from the URL hash
// (#/view?filters or #/view/id), so any view can be bookmarked and shared.
"use strict";

const TYPES = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1, COOPERATE: 2, AID: 2, RETREAT: 2,
  REQUEST: 3, REJECT: 3, ACCUSE: 3, THREATEN: 3, PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};
// Four shades per quad class: greens (verbal cooperation), blues, ambers, reds (material conflict).
const SHADES = { 1: ["#1f6b3f", "#3d9160", "#6bb488", "#a3d4b3"], 2: ["#244f8f", "#3f74c0", "#79a3dc"],
  3: ["#9a6206", "#c8871a", "#e3ad4f", "#f0cd8c"], 4: ["#8f2c1b", "#c2452d", "#de7a5f", "#eeab97", "#f6d2c6"] };
const TYPE_COLOR = {};
{ const used = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const [t, q] of Object.entries(TYPES)) TYPE_COLOR[t] = SHADES[q][used[q]++ % SHADES[q].length]; }
const QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const FILTERS = ["actor", "country", "type", "from", "to", "status", "topic", "q"];
const SVGNS = "http://www.w3.org/2000/svg";

const view = document.getElementById("view");
const form = document.getElementById("filters");

// --- small DOM helpers: text always goes in as text, never as HTML ---
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "onclick") el.addEventListener("click", v); else el.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : String(c));
  return el;
}
function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "onclick") el.addEventListener("click", v); else el.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : String(c));
  return el;
}
function chip(type) { return h("span", { class: "chip q" + (TYPES[type] || 4) }, type); }
function actorLink(name) { return h("a", { class: "name", href: "#/actor/" + encodeURIComponent(name) }, name); }
function names(list) {
  const parts = (list || "").split("; ").filter(Boolean);
  const out = [];
  parts.forEach((n, i) => { if (i) out.push(", "); out.push(actorLink(n)); });
  return out.length ? out : ["—"];
}
function articleOf(eventKey) { return (eventKey || "").split("/")[0]; }

// --- URL state ---
function route() {
  const hash = location.hash.replace(/^#\/?/, "") || "timeline";
  const [path, query] = hash.split("?");
  const parts = path.split("/").map(decodeURIComponent);
  return { view: parts[0] || "timeline", id: parts.slice(1).join("/"), params: new URLSearchParams(query || "") };
}
function filterParams(params) {
  const p = new URLSearchParams();
  for (const f of FILTERS) if (params.get(f)) p.set(f, params.get(f));
  return p;
}
function go(viewName, params) {
  const q = params.toString();
  location.hash = "#/" + viewName + (q ? "?" + q : "");
}

async function api(path, params) {
  const q = params && params.toString();
  const res = await fetch("/api/" + path + (q ? "?" + q : ""), { headers: { Accept: "application/json" } });
  const body = await res.json().catch(() => ({ error: "the server sent no JSON (" + res.status + ")" }));
  if (!res.ok) throw new Error(body.error || ("HTTP " + res.status));
  return body;
}

// --- the filter form mirrors the URL ---
const typeSelect = form.elements.type;
for (const t of Object.keys(TYPES).sort()) typeSelect.append(h("option", {}, t));
function fillForm(params) { for (const f of FILTERS) form.elements[f].value = params.get(f) || ""; }
form.addEventListener("submit", (e) => {
  e.preventDefault();
  const r = route();
  const p = new URLSearchParams();
  for (const f of FILTERS) { const v = form.elements[f].value.trim(); if (v) p.set(f, v); }
  if (r.params.get("by")) p.set("by", r.params.get("by"));
  const listView = ["timeline", "events", "network", "map", "actors", "incidents"].includes(r.view) ? r.view : "events";
  go(listView, p);
});
document.getElementById("clear").addEventListener("click", () => go(route().view === "article" ? "events" : route().view, new URLSearchParams()));

// --- views ---
const views = {
  async timeline(r) {
    const by = r.params.get("by") === "week" ? "week" : "day";
    const p = filterParams(r.params); p.set("by", by);
    const data = await api("timeline", p);
    const periods = [...new Set(data.buckets.map((b) => b.period))].sort();
    const total = data.buckets.reduce((a, b) => a + b.events, 0);
    const other = by === "day" ? "week" : "day";
    const switchParams = new URLSearchParams(p); switchParams.set("by", other);
    const out = [h("h1", {}, "Timeline of events by PLOVER type"),
      h("div", { class: "bar" }, h("span", { class: "muted" }, `${total} events in ${periods.length} ${by}s`),
        h("a", { href: "#/timeline?" + switchParams }, "by " + other))];
    if (!periods.length) return [...out, h("p", { class: "muted" }, "No dated events match these filters.")];
    const stacks = new Map(periods.map((x) => [x, []]));
    for (const b of data.buckets) stacks.get(b.period).push(b);
    const highest = Math.max(...[...stacks.values()].map((l) => l.reduce((a, b) => a + b.events, 0)));
    // Whole-number ticks: four steps of a round size.
    const step = Math.max(1, Math.ceil(highest / 4)), max = step * 4;
    const W = 1000, H = 320, L = 40, B = 60, T = 10;
    const bw = Math.min(60, (W - L - 10) / periods.length);
    const svg = s("svg", { class: "chart", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "timeline" });
    for (let i = 0; i <= 4; i++) {
      const y = T + (H - T - B) * (1 - i / 4);
      svg.append(s("g", { class: "grid" }, s("line", { x1: L, x2: W - 10, y1: y, y2: y }),
        s("text", { x: L - 6, y: y + 4, "text-anchor": "end" }, step * i)));
    }
    const labelEvery = Math.ceil(periods.length / 12);
    periods.forEach((period, i) => {
      let y = H - B;
      const x = L + i * bw;
      for (const b of stacks.get(period).sort((a, c) => TYPES[a.type] - TYPES[c.type] || a.type.localeCompare(c.type))) {
        const bh = (H - T - B) * b.events / max;
        y -= bh;
        const next = new URLSearchParams(filterParams(r.params)); next.set("type", b.type);
        if (by === "day") { next.set("from", period); next.set("to", period); }
        svg.append(s("rect", { class: "bar", x: x + 1, y, width: Math.max(1, bw - 2), height: bh, fill: TYPE_COLOR[b.type] || "#888",
          "data-type": b.type, onclick: () => go("events", next) }, s("title", {}, `${period} ${b.type}: ${b.events} events`)));
      }
      if (i % labelEvery === 0) {
        svg.append(s("text", { x: x + bw / 2, y: H - B + 14, "text-anchor": "end",
          transform: `rotate(-40 ${x + bw / 2} ${H - B + 14})` }, period));
      }
    });
    const present = [...new Set(data.buckets.map((b) => b.type))].sort((a, c) => TYPES[a] - TYPES[c] || a.localeCompare(c));
    out.push(svg, h("div", { class: "legend" }, present.map((t) =>
      h("span", {}, h("i", { style: "background:" + TYPE_COLOR[t] }), t))));
    return out;
  },

  async events(r) {
    const p = filterParams(r.params);
    const limit = 50, offset = Math.max(0, parseInt(r.params.get("offset") || "0", 10) || 0);
    const sort = r.params.get("sort") || "date";
    p.set("limit", limit); p.set("offset", offset); p.set("sort", sort);
    const data = await api("events", p);
    const here = filterParams(r.params); here.set("sort", sort);
    const sortSelect = h("select", { name: "sort", "aria-label": "sort" },
      ["date", "-date", "type", "-type"].map((v) => h("option", { value: v, selected: v === sort ? "" : null },
        { date: "oldest first", "-date": "newest first", type: "type A–Z", "-type": "type Z–A" }[v])));
    sortSelect.addEventListener("change", () => { const n = filterParams(r.params); n.set("sort", sortSelect.value); go("events", n); });
    const rows = data.items.map((e) => h("tr", {},
      h("td", { "data-label": "date" }, e.date || "—"),
      h("td", { "data-label": "type" }, chip(e.type), e.mode ? h("span", { class: "status" }, " " + e.mode) : null),
      h("td", { "data-label": "source" }, names(e.source)),
      h("td", { "data-label": "target" }, names(e.target)),
      h("td", { "data-label": "status", class: "status" }, e.status),
      h("td", { "data-label": "place" }, e.place || "—"),
      h("td", { "data-label": "reports" }, e.incident_id ? h("a", { href: "#/incident/" + encodeURIComponent(e.incident_id) }, e.reports) : e.reports),
      h("td", { "data-label": "sentence", class: "sentence" }, e.sentence, " ",
        h("a", { href: "#/article/" + articleOf(e.event_id) }, "article"))));
    return [h("h1", {}, "Events"),
      h("div", { class: "bar sortbar" }, h("span", { class: "muted", id: "count" }, `${data.total} events`), sortSelect),
      h("table", { class: "responsive events" }, h("thead", {}, h("tr", {},
        ["date", "type", "source", "target", "status", "place", "reports", "evidence"].map((c) => h("th", {}, c)))),
        h("tbody", {}, rows)),
      pager(data, here, "events")];
  },

  async incident(r) {
    const d = await api("incidents/" + encodeURIComponent(r.id));
    return [h("h1", {}, "Incident ", chip(d.type)),
      h("p", { class: "muted" }, `${d.first || "undated"}${d.last && d.last !== d.first ? " – " + d.last : ""} · ${d.reports} reports in ${d.articles} articles`),
      d.items.map((e) => h("div", { class: "card" },
        h("h3", {}, names(e.source), " → ", names(e.target)),
        h("div", { class: "status" }, `${e.date || "undated"} · ${e.status}${e.place ? " · " + e.place : ""} · trigger “${e.trigger}”`),
        h("blockquote", { class: "evidence" }, e.sentence),
        h("a", { href: "#/article/" + e.article }, e.title || e.doc_id)))];
  },

  async actors(r) {
    const p = filterParams(r.params); p.set("limit", 200);
    const data = await api("actors", p);
    return [h("h1", {}, "Actors"),
      h("table", { class: "responsive" }, h("thead", {}, h("tr", {}, ["actor", "country", "sector", "events", "mentions", "articles"].map((c) => h("th", {}, c)))),
        h("tbody", {}, data.items.map((a) => h("tr", {},
          h("td", { "data-label": "actor" }, actorLink(a.actor)), h("td", { "data-label": "country" }, a.country || "—"),
          h("td", { "data-label": "sector" }, a.sector || "—"), h("td", { "data-label": "events" }, a.events),
          h("td", { "data-label": "mentions" }, a.mentions), h("td", { "data-label": "articles" }, a.articles)))))];
  },

  async actor(r) {
    const d = await api("actors/" + encodeURIComponent(r.id), new URLSearchParams({ limit: 200 }));
    const a = d.actor;
    const only = new URLSearchParams({ actor: r.id });
    return [h("h1", {}, a.actor),
      h("p", { class: "muted" }, [a.kind, a.country, a.sector].filter(Boolean).join(" · "),
        a.mentions !== undefined ? ` · ${a.mentions} mentions in ${a.articles} articles` : ""),
      a.roles ? h("p", {}, a.roles) : null,
      h("div", { class: "bar" }, h("a", { href: "#/events?" + only }, "events"), h("a", { href: "#/network?" + only }, "network"),
        h("a", { href: "#/timeline?" + only }, "timeline")),
      h("h2", {}, `${d.events.total} events`),
      h("table", { class: "responsive" }, h("tbody", {}, d.events.items.map((e) => h("tr", {},
        h("td", { "data-label": "date" }, e.date || "—"), h("td", { "data-label": "type" }, chip(e.type)),
        h("td", { "data-label": "source" }, names(e.source)), h("td", { "data-label": "target" }, names(e.target)),
        h("td", { "data-label": "sentence", class: "sentence" }, e.sentence, " ", h("a", { href: "#/article/" + articleOf(e.event_id) }, "article"))))))];
  },

  async network(r) {
    const p = filterParams(r.params); p.set("limit", 150);
    const data = await api("network", p);
    const out = [h("h1", {}, "Actor network"), h("p", { class: "muted" },
      `${data.edges.length} source → target pairs; edge width by events, colour by the quad class of their commonest type`)];
    if (!data.edges.length) return [...out, h("p", { class: "muted" }, "No events with both a source and a target match these filters.")];
    const nodes = new Map();
    for (const e of data.edges) for (const n of [e.source, e.target]) {
      if (!nodes.has(n)) nodes.set(n, { name: n, weight: 0 });
      nodes.get(n).weight += e.events;
    }
    const list = [...nodes.values()];
    layout(list, data.edges);
    const W = 1000, H = 620;
    const maxW = Math.max(...list.map((n) => n.weight)), maxE = Math.max(...data.edges.map((e) => e.events));
    const svg = s("svg", { class: "chart", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network" });
    for (const e of data.edges) {
      const a = nodes.get(e.source), b = nodes.get(e.target);
      svg.append(s("line", { class: "edge quad" + (e.quad || 4), x1: a.x, y1: a.y, x2: b.x, y2: b.y,
        "stroke-width": 1 + 7 * Math.sqrt(e.events / maxE) }, s("title", {}, `${e.source} → ${e.target}: ${e.by_type}`)));
    }
    for (const n of list) {
      const rad = 5 + 14 * Math.sqrt(n.weight / maxW);
      svg.append(s("g", { class: "node", onclick: () => { location.hash = "#/actor/" + encodeURIComponent(n.name); } },
        s("circle", { cx: n.x, cy: n.y, r: rad }, s("title", {}, `${n.name}: ${n.weight} events`)),
        s("text", { x: n.x + rad + 3, y: n.y + 4 }, n.name)));
    }
    out.push(svg, h("div", { class: "legend" }, [1, 2, 3, 4].map((q) => h("span", {}, h("i", { class: "q" + q }), QUAD_NAMES[q]))));
    return out;
  },

  async map(r) {
    const p = filterParams(r.params);
    const data = await api("places", p);
    const W = 1000, H = 500;
    const X = (lon) => (lon + 180) / 360 * W, Y = (lat) => (90 - lat) / 180 * H;
    const svg = s("svg", { class: "chart", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "map of event places" });
    svg.append(s("rect", { x: 0, y: 0, width: W, height: H, fill: "#f3f6f8" }));
    for (const poly of LAND) svg.append(s("polygon", { class: "land", points: poly.map(([lon, lat]) => `${X(lon)},${Y(lat)}`).join(" ") }));
    for (let lon = -150; lon <= 150; lon += 30) svg.append(s("line", { class: "graticule", x1: X(lon), x2: X(lon), y1: 0, y2: H }));
    for (let lat = -60; lat <= 60; lat += 30) svg.append(s("line", { class: "graticule", x1: 0, x2: W, y1: Y(lat), y2: Y(lat) }));
    const max = Math.max(1, ...data.places.map((x) => x.events));
    for (const pl of data.places) {
      const rad = 3 + 14 * Math.sqrt(pl.events / max);
      svg.append(s("circle", { class: "place", cx: X(pl.lon), cy: Y(pl.lat), r: rad, "data-place": pl.place,
        onclick: () => { const n = filterParams(r.params); n.set("q", pl.place || ""); go("events", n); } },
        s("title", {}, `${pl.place} (${pl.country || "?"}): ${pl.events} events`)));
    }
    return [h("h1", {}, "Where events took place"),
      h("p", { class: "muted" }, `${data.places.length} places, ${data.places.reduce((a, b) => a + b.events, 0)} events with coordinates`,
        data.places.length ? "" : " (no matching event names a place the gazetteer knows)"),
      svg,
      h("table", { class: "responsive" }, h("tbody", {}, data.places.slice(0, 30).map((pl) => h("tr", {},
        h("td", { "data-label": "place" }, pl.place), h("td", { "data-label": "country" }, pl.country || "—"),
        h("td", { "data-label": "events" }, pl.events)))))];
  },

  async articles(r) {
    const offset = Math.max(0, parseInt(r.params.get("offset") || "0", 10) || 0);
    const data = await api("articles", new URLSearchParams({ limit: 50, offset }));
    return [h("h1", {}, "Articles"),
      h("table", { class: "responsive" }, h("thead", {}, h("tr", {}, ["published", "title", "source", "events"].map((c) => h("th", {}, c)))),
        h("tbody", {}, data.items.map((a) => h("tr", {},
          h("td", { "data-label": "published" }, a.published || "—"),
          h("td", { "data-label": "title" }, h("a", { href: "#/article/" + a.article }, a.title || a.doc_id)),
          h("td", { "data-label": "source" }, a.source || "—"), h("td", { "data-label": "events" }, a.events))))),
      pager(data, new URLSearchParams(), "articles")];
  },

  async article(r) {
    const d = await api("articles/" + encodeURIComponent(r.id));
    const actors = new Map((d.actors || []).map((a) => [a.id, a]));
    const layers = [];
    for (const e of d.entities || []) layers.push({ start: e.start, end: e.end, cls: "hl-entity", type: e.type, actor: e.actor });
    for (const t of d.times || []) layers.push({ start: t.start, end: t.end, cls: "hl-time", title: `${t.type} ${t.value || ""}` });
    for (const p of d.places || []) layers.push({ start: p.start, end: p.end, cls: "hl-place", title: `${p.name} (${p.country || "?"}) ${p.lat ?? ""} ${p.lon ?? ""}` });
    for (const q of d.quotes || []) layers.push({ start: q.start, end: q.end, cls: "hl-quote", actor: q.speaker, title: "said by " + ((actors.get(q.speaker) || {}).name || "?") });
    for (const e of d.events || []) if (e.trigger) layers.push({ start: e.trigger.start, end: e.trigger.end, cls: "hl-trigger", title: `${e.type}${e.mode ? " (" + e.mode + ")" : ""} ${e.status} ${e.date || ""}` });
    const toggles = h("div", { class: "toggles" }, ["entity", "time", "place", "quote", "trigger"].map((k) => {
      const box = h("input", { type: "checkbox", checked: "" });
      box.addEventListener("change", () => text.classList.toggle("hide-" + k, !box.checked));
      return h("label", {}, box, " " + (k === "entity" ? "entities" : k + "s"));
    }));
    const text = h("div", { class: "article", id: "article-text" }, highlight(d.text || "", layers, actors));
    const info = d.document || {};
    return [h("h1", {}, info.title || info.id || r.id),
      h("p", { class: "muted" }, [info.published, info.source].filter(Boolean).join(" · ")),
      toggles,
      h("div", { class: "two" }, text, h("aside", {},
        h("h2", {}, "Actors"), (d.actors || []).map((a) => h("div", {}, actorLink(a.name), h("span", { class: "status" }, " " + [a.country, a.sector].filter(Boolean).join(" ")))),
        h("h2", {}, "Events"), (d.events || []).map((e) => h("div", { class: "evidence" }, chip(e.type), " ",
          (e.source || []).map((id) => (actors.get(id) || { name: id }).name).join(", "), " → ",
          (e.target || []).map((id) => (actors.get(id) || { name: id }).name).join(", "),
          h("div", { class: "status" }, `${e.status} ${e.date || ""}`)))))];
  },
};

function pager(data, params, viewName) {
  const prev = new URLSearchParams(params), next = new URLSearchParams(params);
  prev.set("offset", Math.max(0, data.offset - data.limit)); next.set("offset", data.offset + data.limit);
  const end = Math.min(data.total, data.offset + data.items.length);
  return h("div", { class: "pager" },
    data.offset > 0 ? h("a", { href: `#/${viewName}?${prev}` }, "← previous") : null,
    h("span", { class: "muted" }, data.total ? `${data.offset + 1}–${end} of ${data.total}` : "none"),
    end < data.total ? h("a", { href: `#/${viewName}?${next}` }, "next →") : null);
}

// Splits the text (indexed by Unicode scalars, as the document JSON is) at every span boundary and
// wraps each piece in one span carrying the classes of every layer that covers it.
function highlight(text, layers, actors) {
  const chars = Array.from(text);
  const cuts = new Set([0, chars.length]);
  for (const l of layers) if (l.start >= 0 && l.end <= chars.length && l.start < l.end) { cuts.add(l.start); cuts.add(l.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = chars.slice(a, b).join("");
    const on = layers.filter((l) => l.start <= a && l.end >= b);
    if (!on.length) { out.push(piece); continue; }
    const ent = on.find((l) => l.cls === "hl-entity");
    const actorID = (on.find((l) => l.cls === "hl-entity" && l.actor) || {}).actor;
    const actor = actorID && actors.get(actorID);
    const span = h("span", { class: "hl " + [...new Set(on.map((l) => l.cls))].join(" ") + (actor ? " hl-actor" : ""),
      "data-type": ent ? ent.type : null, "data-actor": actor ? actor.name : null,
      title: on.map((l) => l.title || (l.type ? l.type + (actor ? ": " + actor.name : "") : null)).filter(Boolean).join(" | ") || null }, piece);
    if (actor) span.addEventListener("click", () => { location.hash = "#/actor/" + encodeURIComponent(actor.name); });
    out.push(span);
  }
  return out;
}

// Force-directed layout (Fruchterman–Reingold), started from a circle so it comes out the same every time.
function layout(nodes, edges) {
  const W = 1000, H = 620, n = nodes.length, k = Math.min(160, Math.sqrt(W * H / Math.max(1, n)) * 0.5);
  const index = new Map(nodes.map((d, i) => [d.name, i]));
  nodes.forEach((d, i) => { const a = 2 * Math.PI * i / n; d.x = W / 2 + (W / 3) * Math.cos(a); d.y = H / 2 + (H / 3) * Math.sin(a); });
  let temp = W / 8;
  for (let it = 0; it < 250; it++) {
    const dx = new Float64Array(n), dy = new Float64Array(n);
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      let x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y;
      const d = Math.max(0.01, Math.hypot(x, y)), f = k * k / d;
      x /= d; y /= d; dx[i] += x * f; dy[i] += y * f; dx[j] -= x * f; dy[j] -= y * f;
    }
    for (const e of edges) {
      const i = index.get(e.source), j = index.get(e.target);
      if (i === j) continue;
      let x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y;
      const d = Math.max(0.01, Math.hypot(x, y)), f = d * d / k * (1 + Math.log(e.events));
      x /= d; y /= d; dx[i] -= x * f; dy[i] -= y * f; dx[j] += x * f; dy[j] += y * f;
    }
    for (let i = 0; i < n; i++) {
      // Gravity keeps components that share no edge near the middle instead of at the borders.
      dx[i] -= (nodes[i].x - W / 2) * 1.0; dy[i] -= (nodes[i].y - H / 2) * 1.0;
      const d = Math.max(0.01, Math.hypot(dx[i], dy[i])), step = Math.min(d, temp);
      nodes[i].x = Math.min(W - 120, Math.max(30, nodes[i].x + dx[i] / d * step));
      nodes[i].y = Math.min(H - 20, Math.max(20, nodes[i].y + dy[i] / d * step));
    }
    temp *= 0.98;
  }
}

// A very coarse outline of the continents (lon, lat), enough to place the dots.
const LAND = [
  [[-168, 66], [-140, 70], [-95, 72], [-80, 63], [-62, 58], [-55, 50], [-67, 45], [-76, 35], [-81, 25], [-97, 26], [-97, 18], [-88, 15], [-78, 8], [-92, 15], [-106, 23], [-117, 32], [-124, 40], [-124, 48], [-135, 58], [-152, 60], [-165, 62]],
  [[-78, 8], [-72, 12], [-60, 10], [-50, 0], [-35, -6], [-39, -15], [-48, -26], [-58, -35], [-65, -42], [-68, -55], [-73, -50], [-72, -35], [-71, -18], [-81, -5], [-80, 2]],
  [[-10, 36], [-9, 43], [-2, 44], [-4, 48], [5, 53], [9, 57], [5, 62], [15, 69], [28, 71], [42, 67], [60, 69], [80, 73], [105, 77], [130, 71], [160, 70], [180, 68], [178, 62], [160, 60], [142, 52], [135, 43], [128, 35], [122, 31], [121, 23], [108, 21], [105, 9], [100, 13], [98, 8], [92, 21], [80, 15], [77, 8], [72, 21], [66, 25], [57, 25], [52, 27], [48, 30], [56, 24], [59, 22], [52, 16], [43, 12], [39, 21], [33, 29], [35, 36], [27, 37], [26, 40], [23, 37], [19, 40], [16, 38], [12, 44], [8, 44], [3, 43], [-1, 37], [-6, 36]],
  [[-17, 21], [-10, 30], [-6, 36], [10, 37], [20, 31], [32, 31], [34, 28], [43, 12], [51, 11], [40, -2], [40, -15], [35, -25], [26, -34], [18, -34], [12, -17], [13, -5], [9, 4], [-5, 5], [-17, 14]],
  [[114, -22], [122, -18], [130, -12], [137, -12], [142, -11], [146, -19], [153, -27], [150, -37], [140, -38], [130, -32], [115, -34]],
  [[-50, 60], [-45, 60], [-20, 70], [-20, 80], [-60, 82], [-72, 78], [-55, 70]],
];

// --- the router ---
async function render() {
  const r = route();
  fillForm(r.params);
  for (const a of document.querySelectorAll("#tabs a")) a.classList.toggle("active", a.dataset.view === r.view);
  form.classList.toggle("hidden", ["article", "incident", "articles"].includes(r.view));
  const fn = views[r.view];
  view.dataset.state = "loading";
  view.dataset.view = r.view;
  try {
    if (!fn) throw new Error("no such view: " + r.view);
    const content = await fn(r);
    view.replaceChildren(...[content].flat(2).filter(Boolean));
    view.dataset.state = "ready";
  } catch (err) {
    view.replaceChildren(h("p", { class: "error" }, err.message));
    view.dataset.state = "error";
  }
}
window.addEventListener("hashchange", render);
render();
