// depesche engagement: what a cached page adds for one reader.
// On every page: the header shows «Mein Konto» / «Abmelden» to a logged-in reader, from the
// depesche_member cookie (set at login, removed at logout): no request for anonymous readers.
// On an article: counts a view, fetches fresh counts and the reader's state; other scripts of
// the page (polls, comments) wait for `window.depesche.state` (a promise of that state).
(() => {
  "use strict";
  const login = document.querySelector(".login-link");
  const memberLinks = document.querySelector("[data-member-links]");
  const showMember = (member) => {
    if (!login || !memberLinks) return;
    login.hidden = member;
    memberLinks.hidden = !member;
  };
  showMember(/(?:^|;\s*)depesche_member=1(?:;|$)/.test(document.cookie));

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
    // The session decides; the state's answer also renews or removes the cookie.
    showMember(Boolean(data.reader && data.reader.authenticated));
    for (const element of article.querySelectorAll("[data-count]")) {
      const text = data.counts[element.dataset.count + "_text"];
      if (text) element.textContent = text;
    }
    // The heading «Kommentare (N)»: fresher than the cached page's number.
    if (typeof data.counts.comments === "number") {
      for (const element of article.querySelectorAll("[data-count=comments]")) element.textContent = data.counts.comments;
    }
  });
})();
