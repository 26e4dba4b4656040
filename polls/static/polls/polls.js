// depesche polls: the reader's vote and the results, for the poll blocks of a cached page.
(() => {
  "use strict";
  const polls = document.querySelectorAll(".poll[data-poll-id]");
  if (!polls.length || !window.depesche) return;
  const json = {credentials: "same-origin", headers: {Accept: "application/json"}};

  function showResults(poll, data) {
    const box = poll.querySelector(".poll__results");
    const list = document.createElement("ul");
    list.className = "poll__bars";
    for (const answer of data.results.answers) {
      const item = document.createElement("li");
      if (answer.id === data.voted) item.className = "poll__chosen";
      const label = document.createElement("span");
      label.className = "poll__bar-label";
      const text = document.createElement("span");
      text.textContent = answer.text;
      const percent = document.createElement("strong");
      percent.textContent = `${answer.percent}%`;
      label.append(text, " ", percent);
      const bar = document.createElement("span");
      bar.className = "poll__bar";
      bar.style.width = `${answer.percent}%`;
      item.append(label, bar);
      list.append(item);
    }
    const total = document.createElement("p");
    total.className = "poll__total";
    total.textContent = data.results.total_text;
    box.replaceChildren(list, total);
    box.hidden = false;
    poll.querySelector(".poll__form").hidden = true;
  }

  function status(poll, message) {
    poll.querySelector(".poll__status").textContent = message || "";
  }

  for (const poll of polls) {
    const base = `/engagement/polls/${poll.dataset.pollId}/`;
    const form = poll.querySelector(".poll__form");
    fetch(base + "state/", json)
      .then((response) => (response.ok ? response.json() : null))
      .then((data) => {
        if (data && data.results) showResults(poll, data);
        else form.querySelector("button").hidden = false;
      })
      .catch(() => {});

    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const state = await window.depesche.state;
      if (!state) {
        status(poll, poll.dataset.offline);
        return;
      }
      const button = form.querySelector("button");
      button.disabled = true;
      try {
        const response = await fetch(base + "vote/", {
          method: "POST",
          credentials: "same-origin",
          headers: {Accept: "application/json", "X-CSRFToken": state.csrf_token},
          body: new FormData(form),
        });
        const data = await response.json();
        status(poll, data.message || data.error);
        if (data.results) showResults(poll, data);
      } catch {
        status(poll, poll.dataset.offline);
      } finally {
        button.disabled = false;
      }
    });
  }
})();
