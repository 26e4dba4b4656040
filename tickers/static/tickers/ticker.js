// depesche live ticker: new, edited and deleted entries reach an open page without reload
// (docs/distribution.md, «Live ticker updates»). The page is cached for everyone; this script
// polls /live/<id>/updates, which the edge cache serves, at the interval the server sets.
(() => {
  "use strict";
  const section = document.querySelector(".ticker[data-updates]");
  if (!section) return;
  const list = section.querySelector(".ticker__entries");
  const pinnedBox = section.querySelector(".ticker__pinned");
  const keyNav = section.querySelector(".ticker__key");
  const keyList = keyNav && keyNav.querySelector("ul");
  const button = section.querySelector(".ticker__new");
  const announce = section.querySelector(".ticker__announce");
  const status = section.querySelector(".ticker__status");
  let sequence = Number(section.dataset.sequence) || 0;
  let interval = Number(section.dataset.interval) || 10;
  let running = section.dataset.running === "1";
  let failures = 0;
  let timer = null;
  let stale = false;
  const held = new Map(); // new entries kept back while the reader reads further down

  function element(html) {
    const template = document.createElement("template");
    template.innerHTML = html.trim();
    return template.content.firstElementChild;
  }

  function label(count) {
    return count === 1
      ? section.dataset.newOne
      : section.dataset.newMany.replace("{n}", String(count));
  }

  function atTop() {
    // The reader sees the start of the list (or has not reached it yet).
    return list.getBoundingClientRect().top > -40;
  }

  function timeOf(node) {
    const time = node.querySelector("time");
    return time ? Date.parse(time.getAttribute("datetime")) : 0;
  }

  function placeInList(node) {
    // Newest first: before the first entry that is older.
    const when = timeOf(node);
    for (const other of list.querySelectorAll(":scope > article")) {
      if (timeOf(other) <= when) {
        list.insertBefore(node, other);
        return;
      }
    }
    // Older than everything shown: «Mehr laden» brings it, unless there is nothing more.
    if (!section.querySelector(".ticker__more")) list.append(node);
  }

  function updateKeyEvents(change) {
    if (!keyList) return;
    const link = keyList.querySelector(`a[href="#eintrag-${change.id}"]`);
    if (link) link.parentElement.remove();
    if (!change.deleted && change.is_key) {
      const item = document.createElement("li");
      const anchor = document.createElement("a");
      anchor.href = `#eintrag-${change.id}`;
      const entryTitle = element(change.html).querySelector(".entry__title, .entry__body");
      const time = document.createElement("time");
      time.dateTime = change.posted_at;
      time.textContent = new Date(change.posted_at).toLocaleTimeString("de-CH", {
        hour: "2-digit",
        minute: "2-digit",
      });
      anchor.append(time, " ", change.title || (entryTitle ? entryTitle.textContent.trim() : ""));
      item.append(anchor);
      keyList.prepend(item);
    }
    keyNav.hidden = !keyList.children.length;
  }

  function apply(change) {
    const old = document.getElementById(`eintrag-${change.id}`);
    updateKeyEvents(change);
    if (change.deleted) {
      if (old) old.remove();
      held.delete(change.id);
      return false;
    }
    const node = element(change.html);
    if (change.is_pinned) {
      pinnedBox.replaceChildren(node);
      if (old && old !== node) old.remove();
      return false;
    }
    if (old) {
      if (old.parentElement === pinnedBox) {
        old.remove();
        placeInList(node);
      } else {
        old.replaceWith(node); // an edit stays where the reader sees it
      }
      return false;
    }
    held.set(change.id, node);
    return true;
  }

  function release() {
    const empty = list.querySelector(".ticker__empty");
    if (empty && held.size) empty.remove();
    for (const node of held.values()) placeInList(node);
    held.clear();
    button.hidden = true;
  }

  function showHeld() {
    if (!held.size) return;
    const text = label(held.size);
    if (atTop()) {
      release();
    } else {
      button.textContent = text;
      button.hidden = false;
    }
    announce.textContent = text;
  }

  button.addEventListener("click", () => {
    if (stale) {
      window.location.reload();
      return;
    }
    release();
    list.scrollIntoView({block: "start"});
  });

  function ended(data) {
    running = false;
    announce.textContent = section.dataset.ended;
    if (status) status.textContent = section.dataset.ended;
    section.dataset.running = "0";
    if (data && data.ended_at) section.dataset.endedAt = data.ended_at;
  }

  async function poll() {
    timer = null;
    if (document.hidden || !running) return;
    try {
      const response = await fetch(section.dataset.updates, {
        credentials: "omit",
        headers: {Accept: "application/json"},
      });
      if (!response.ok) throw new Error(String(response.status));
      const data = await response.json();
      failures = 0;
      interval = Number(data.interval) || interval;
      if (sequence < data.oldest_sequence - 1) {
        // More changed than one answer holds (the tab slept): a reload shows everything.
        stale = true;
        button.textContent = label(data.changes.length);
        button.hidden = false;
      } else {
        for (const change of data.changes) {
          if (change.sequence > sequence) apply(change);
        }
        showHeld();
      }
      sequence = Math.max(sequence, Number(data.sequence) || 0);
      if (!data.running) ended(data);
    } catch {
      failures += 1;
    }
    schedule();
  }

  function schedule() {
    if (timer !== null || !running || document.hidden) return;
    // Jitter: readers who opened the page together do not ask together.
    const wait = interval * 1000 * (0.8 + Math.random() * 0.4) * 2 ** Math.min(failures, 4);
    timer = window.setTimeout(poll, wait);
  }

  document.addEventListener("visibilitychange", () => {
    if (document.hidden) {
      if (timer !== null) window.clearTimeout(timer);
      timer = null;
    } else {
      poll();
    }
  });
  window.addEventListener("scroll", () => {
    if (held.size && !stale && atTop()) release();
  }, {passive: true});

  // «Mehr laden» without leaving the page; the link itself works without JavaScript.
  async function loadMore(link) {
    const url = new URL(link.href, window.location.href);
    url.searchParams.set("fragment", "1");
    const response = await fetch(url, {credentials: "omit"});
    if (!response.ok) return false;
    const template = document.createElement("template");
    template.innerHTML = await response.text();
    const entries = template.content.querySelector(".ticker__entries");
    for (const node of entries ? [...entries.children] : []) {
      if (!document.getElementById(node.id)) list.append(node);
    }
    const more = template.content.querySelector(".ticker__more");
    const current = section.querySelector(".ticker__more");
    if (more) current.replaceWith(more);
    else current.remove();
    return true;
  }

  section.addEventListener("click", async (event) => {
    const more = event.target.closest(".ticker__more a");
    if (more) {
      event.preventDefault();
      await loadMore(more);
      return;
    }
    // A key event further down than the entries shown: load until it is there.
    const key = event.target.closest(".ticker__key a");
    if (!key) return;
    const id = key.getAttribute("href").slice(1);
    if (document.getElementById(id)) return;
    event.preventDefault();
    for (let rounds = 0; rounds < 100 && !document.getElementById(id); rounds += 1) {
      const link = section.querySelector(".ticker__more a");
      if (!link || !(await loadMore(link))) break;
    }
    const target = document.getElementById(id);
    if (target) {
      target.scrollIntoView({block: "start"});
      window.history.replaceState(null, "", `#${id}`);
    }
  });

  schedule();
})();
