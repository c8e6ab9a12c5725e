// The phone's page: join with the code, then follow the room (server-sent events) and send a
// rating, a proposal or dots. Every text goes in with textContent: nothing is read as HTML.
"use strict";
(function () {
  const WORDS = {
    nl: { code: "De code op het scherm", join: "Meedoen", wrong: "Die code klopt niet.",
          wait: "Te vaak een verkeerde code: wacht een minuut.", full: "De ruimte is vol.",
          closed: "De ruimte is gesloten. Dank je wel!", paused: "Even pauze: de begeleider neemt het over.",
          removed: "Deze telefoon doet niet meer mee.", saved: "Ontvangen.", proposed: "Voorstel verstuurd: de begeleider beslist.",
          rateIntro: "Jouw oordeel, alleen voor jou tot het wordt getoond:", choose: "Kies het element",
          spread: "Zo koos de groep", proposal: "Een observatie voorstellen", propose: "Voorstellen",
          sendDots: "Stippen versturen", dotsLeft: (n, all) => `Verdeel je ${all} stippen (nog ${n}).`,
          watch: "Kijk mee op het scherm.", slow: "Rustig aan: probeer het zo opnieuw.",
          refused: "Dat kon niet worden opgeslagen.", offline: "Geen verbinding; opnieuw proberen…",
          pick: "Kies eerst een element." },
    en: { code: "The code on the screen", join: "Join", wrong: "That code is not right.",
          wait: "Too many wrong codes: wait a minute.", full: "The room is full.",
          closed: "The room is closed. Thank you!", paused: "A pause: the facilitator has the floor.",
          removed: "This phone no longer takes part.", saved: "Received.", proposed: "Proposal sent: the facilitator decides.",
          rateIntro: "Your rating, private until it is revealed:", choose: "Choose the element",
          spread: "How the group chose", proposal: "Propose an observation", propose: "Propose",
          sendDots: "Send my dots", dotsLeft: (n, all) => `Share out your ${all} dots (${n} left).`,
          watch: "Watch the screen.", slow: "Slow down: try again in a moment.",
          refused: "That could not be saved.", offline: "No connection; trying again…",
          pick: "Choose an element first." },
  };
  const $ = (id) => document.getElementById(id);
  let lang = (navigator.language || "nl").toLowerCase().startsWith("en") ? "en" : "nl";
  let view = null, chosen = "", dots = {}, events = null;
  const w = () => WORDS[lang];
  const t = (text) => (text && (text[lang] || text.nl)) || "";

  function notice(text) { $("notice").textContent = text || ""; }

  async function send(path, body) {
    const r = await fetch(path, { method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    let data = {};
    try { data = await r.json(); } catch (e) { /* an empty answer */ }
    return { status: r.status, data };
  }

  function words() {
    document.documentElement.lang = lang;
    $("lang").textContent = lang === "nl" ? "EN" : "NL";
    $("code-label").textContent = w().code; $("join-button").textContent = w().join;
    $("rate-intro").textContent = w().rateIntro; $("choose-label").textContent = w().choose;
    $("spread-title").textContent = w().spread; $("proposal-label").textContent = w().proposal;
    $("propose-button").textContent = w().propose; $("send-dots").textContent = w().sendDots;
  }

  function showJoin() { $("join").hidden = false; $("room").hidden = true; $("code").focus(); }

  async function refresh() {
    const r = await fetch("state", { credentials: "same-origin" });
    if (r.status === 401) { stopEvents(); showJoin(); return; }
    if (!r.ok) { notice(w().refused); return; }
    const next = await r.json();
    if (view && next.v < view.v) return;  // an older answer overtaken by a newer one
    view = next;
    if (!dotsTouched) dots = Object.assign({}, view.mine.dots);
    render();
  }

  let dotsTouched = false;
  function render() {
    words();
    if (!view) return;
    $("join").hidden = true; $("room").hidden = false;
    $("stage").textContent = (view.stage_number ? view.stage_number + " · " : "") + t(view.stage_label);
    if (view.closed) { notice(w().closed); $("room").hidden = true; stopEvents(); return; }
    notice(view.paused ? w().paused : "");
    const element = view.element ? t(view.element.label) : "";
    $("element").textContent = element;
    const choosing = view.input === "rate" && !view.element;
    $("choose").hidden = $("choose-label").hidden = !choosing;
    if (choosing) fillChoices();
    $("rate").hidden = view.input !== "rate";
    if (view.input === "rate") fillLevels();
    $("vote").hidden = view.input !== "vote";
    if (view.input === "vote") fillPoints();
    // a proposal belongs to an element: the current one, or the one the phone picked
    $("propose").hidden = view.input === null || (!view.element && !choosing);
    fillSpread();
    if (view.input === null) notice(view.paused ? w().paused : w().watch);
  }

  function fillChoices() {
    const select = $("choose");
    if (select.options.length !== view.elements.length + 1) {
      select.replaceChildren(new Option("—", ""));
      view.elements.forEach((e) => select.add(new Option(t(e.label), e.key)));
    }
    view.elements.forEach((e, i) => { select.options[i + 1].text = t(e.label); });
    select.value = chosen;
  }

  function fillLevels() {
    const box = $("levels");
    box.replaceChildren();
    view.levels.forEach((lv) => {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = lv.level + " · " + t(lv.label);
      b.style.background = lv.fill; b.style.color = lv.text;
      b.setAttribute("aria-pressed", String(view.mine.level === lv.level));
      b.dataset.level = lv.level;
      b.addEventListener("click", () => rate(lv.level));
      box.appendChild(b);
    });
  }

  function used() { return Object.values(dots).reduce((a, b) => a + b, 0); }

  function fillPoints() {
    $("vote-intro").textContent = w().dotsLeft(view.dots - used(), view.dots);
    const list = $("points");
    list.replaceChildren();
    view.focus.forEach((f) => {
      const li = document.createElement("li");
      const text = document.createElement("span");
      text.className = "text"; text.textContent = f.text;
      const less = document.createElement("button");
      less.type = "button"; less.textContent = "−"; less.setAttribute("aria-label", "−1");
      const count = document.createElement("span");
      count.className = "count"; count.textContent = String(dots[f.id] || 0);
      const more = document.createElement("button");
      more.type = "button"; more.textContent = "+"; more.setAttribute("aria-label", "+1");
      more.dataset.point = f.id;
      less.addEventListener("click", () => change(f.id, -1));
      more.addEventListener("click", () => change(f.id, 1));
      li.append(text, less, count, more);
      if (view.votes) {
        const total = document.createElement("strong");
        total.textContent = " ● " + (view.votes[f.id] || 0);
        li.appendChild(total);
      }
      list.appendChild(li);
    });
  }

  function change(id, delta) {
    const now = (dots[id] || 0) + delta;
    if (now < 0 || (delta > 0 && used() >= view.dots)) return;
    dots[id] = now; dotsTouched = true;
    fillPoints();
  }

  function fillSpread() {
    const spread = view.spread;
    $("spread").hidden = !spread;
    if (!spread) return;
    const list = $("spread-list");
    list.replaceChildren();
    view.levels.forEach((lv) => {
      const li = document.createElement("li");
      li.textContent = lv.level + " · " + t(lv.label) + ": " + (spread[lv.level] || 0);
      list.appendChild(li);
    });
  }

  function answer(r, ok) {
    if (r.status === 200) { notice(ok); return true; }
    if (r.status === 401) { showJoin(); return false; }
    const why = { 409: r.data.error === "paused" ? w().paused : w().watch, 410: w().closed,
                  429: w().slow }[r.status];
    notice(why || w().refused);
    return false;
  }

  async function rate(level) {
    const element = view.element ? view.element.key : chosen;
    if (!element) { notice(w().pick); return; }
    const r = await send("rate", { element, level });
    if (answer(r, w().saved)) { view.mine.level = level; fillLevels(); }
  }

  $("choose").addEventListener("change", (e) => { chosen = e.target.value; });

  $("send-dots").addEventListener("click", async () => {
    const clean = {};
    Object.keys(dots).forEach((k) => { if (dots[k] > 0) clean[k] = dots[k]; });
    const r = await send("vote", { dots: clean });
    if (answer(r, w().saved)) dotsTouched = false;
  });

  $("propose").addEventListener("submit", async (e) => {
    e.preventDefault();
    const text = $("proposal").value.trim();
    if (!text) return;
    const element = view.element ? view.element.key : chosen;
    if (!element) { notice(w().pick); return; }
    const r = await send("propose", { element, text });
    if (answer(r, w().proposed)) $("proposal").value = "";
  });

  $("join").addEventListener("submit", async (e) => {
    e.preventDefault();
    const r = await send("join", { code: $("code").value.trim() });
    if (r.status === 200) { notice(""); startEvents(); refresh(); return; }
    notice({ wait: w().wait, full: w().full }[r.data.error] || w().wrong);
  });

  $("lang").addEventListener("click", () => { lang = lang === "nl" ? "en" : "nl"; render(); });

  function stopEvents() { if (events) { events.close(); events = null; } }

  function startEvents() {
    stopEvents();
    events = new EventSource("events");
    events.onmessage = (m) => {
      const data = JSON.parse(m.data);
      if (data.gone) { stopEvents(); notice(w().removed); $("room").hidden = true; return; }
      refresh();
    };
    events.onerror = () => { if (events && events.readyState === 2) { events = null; notice(w().offline); setTimeout(startEvents, 3000); } };
  }

  words();
  fetch("state", { credentials: "same-origin" }).then((r) => {
    if (r.status === 401) showJoin(); else { startEvents(); refresh(); }
  });
})();
