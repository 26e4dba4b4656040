// depesche engagement: what a cached article page adds for one reader.
// Counts a view, fetches fresh counts and the reader's state; other scripts of the page
// (polls, comments) wait for `window.depesche.state` (a promise of that state).
(() => {
  "use strict";
  const article = document.querySelector("[data-article-id]");
  if (!article) return;
  const base = `/engagement/articles/${article.dataset.articleId}/`;

  if (navigator.sendBeacon) navigator.sendBeacon(base + "view/");

  const state = fetch(base, {credentials: "same-origin", headers: {Accept: "application/json"}})
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null);
  window.depesche = {state};

  state.then((data) => {
    if (!data) return;
    for (const element of article.querySelectorAll("[data-count]")) {
      const text = data.counts[element.dataset.count + "_text"];
      if (text) element.textContent = text;
    }
  });
})();
