// depesche comments: list, form, replies, reactions and reports for a cached article page.
// The page's HTML is the same for everyone; all reader-specific parts come from /engagement/.
// Comment text is only ever set with textContent: never parsed as HTML.
(() => {
  "use strict";
  const section = document.querySelector("[data-comments]");
  const article = section && section.closest("[data-article-id]");
  if (!article || !window.fetch || !window.crypto || !crypto.subtle) return;
  const t = section.dataset;
  // Quotation marks as the site's language writes them: «…», « … », “…”.
  const quoted = (text) => t.tQuote.replace("{text}", () => text);
  const $ = (selector, root = section) => root.querySelector(selector);
  const app = $("[data-app]");
  const form = $("[data-form]");
  const list = $("[data-list]");
  const more = $("[data-more]");
  const sort = $("[data-sort]");
  const status = $("[data-status]");
  const home = document.createComment("form");
  const base = "/engagement/";
  const listUrl = `${base}articles/${article.dataset.articleId}/comments/`;
  const state = (window.depesche && window.depesche.state) || Promise.resolve(null);
  let next = null;
  form.before(home);

  const announce = (text) => { status.textContent = text || t.tError; };

  async function api(url, data) {
    const options = {credentials: "same-origin", headers: {Accept: "application/json"}};
    if (data) {
      const current = await state;
      options.method = "POST";
      options.body = new URLSearchParams(data);
      options.headers["X-CSRFToken"] = (current && current.csrf_token) || "";
    }
    try {
      return await (await fetch(url, options)).json();
    } catch (error) {
      return {ok: false, error: t.tError};
    }
  }

  const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, "0")).join("");

  // The proof of work (engagement/proof_of_work.py): find the number whose SHA-256 after the
  // salt is the challenge; 256 hashes at a time.
  async function solve(challenge) {
    const encoder = new TextEncoder();
    for (let start = 0; start <= challenge.maxnumber; start += 256) {
      const numbers = [];
      for (let n = start; n < start + 256 && n <= challenge.maxnumber; n++) numbers.push(n);
      const digests = await Promise.all(numbers.map((n) => crypto.subtle.digest("SHA-256", encoder.encode(challenge.salt + n))));
      const found = digests.findIndex((digest) => hex(digest) === challenge.challenge);
      if (found >= 0) {
        const {algorithm, salt, signature} = challenge;
        return btoa(JSON.stringify({algorithm, challenge: challenge.challenge, number: numbers[found], salt, signature}));
      }
    }
    return "";
  }

  function showReaction(li, data) {
    for (const button of li.querySelectorAll(".comment__actions [data-react]")) {
      if (button.closest(".comment") === li) button.setAttribute("aria-pressed", String(Number(button.dataset.react) === data.reaction));
    }
    $("[data-likes]", li).textContent = data.likes;
    $("[data-dislikes]", li).textContent = data.dislikes;
  }

  function render(comment) {
    const li = $("template[data-comment]").content.firstElementChild.cloneNode(true);
    li.id = `kommentar-${comment.id}`;
    li.dataset.id = comment.id;
    li.tabIndex = -1;
    const actions = $(".comment__actions", li);
    if (comment.deleted) {
      $(".comment__meta", li).remove();
      $(".comment__body", li).textContent = t.tDeleted;
      actions.remove();
    } else {
      $(".comment__author", li).textContent = comment.author;
      // The template holds a placeholder: an empty <time> is not valid HTML.
      const time = document.createElement("time");
      time.dateTime = comment.created;
      time.textContent = comment.created_text;
      $(".comment__time", li).replaceWith(time);
      $(".comment__body", li).textContent = comment.body;
      showReaction(li, comment);
      actions.hidden = !comment.published;
      if (comment.parent) $("[data-reply]", li).remove();
      $("[data-delete]", li).hidden = !comment.own;
    }
    const replies = $(".comment__replies", li);
    for (const reply of comment.replies || []) replies.append(render(reply));
    if (comment.more_replies) addMoreReplies(li);
    return li;
  }

  const paragraph = (className, text) => {
    const p = document.createElement("p");
    p.className = className;
    p.textContent = text;
    return p;
  };

  // The reader's own comment that others do not see: waiting («wartet auf Prüfung») or
  // rejected with the reason, their appeal and the moderator's answer. No reply, like or
  // report buttons.
  function renderOwn(comment) {
    const li = render(comment);
    li.classList.add(comment.published ? "comment--appealed" : comment.pending ? "comment--pending" : "comment--rejected");
    li.dataset.own = "";
    $(".comment__actions", li).remove();
    const notes = [];
    if (comment.state_text) notes.push(paragraph("comment__state", comment.state_text));
    if (comment.reason_text) notes.push(paragraph("comment__state", comment.reason_text));
    if (comment.appeal) {
      notes.push(paragraph("comment__appeal", `${t.tAppeal} ${quoted(comment.appeal.text)}`));
      notes.push(comment.appeal.answered
        ? paragraph("comment__answer", `${comment.appeal.outcome_text}: ${quoted(comment.appeal.answer)}`)
        : paragraph("comment__answer", t.tAppealWaiting));
    }
    $(".comment__body", li).after(...notes);
    if (comment.can_appeal) {
      const appealForm = $("template[data-appeal-form]").content.firstElementChild.cloneNode(true);
      $(".comment__replies", li).before(appealForm);
      appealForm.addEventListener("submit", async (event) => {
        event.preventDefault();
        const data = await api(`${base}comments/${comment.id}/appeal/`, new FormData(appealForm));
        $("[role=status]", appealForm).textContent = data.ok ? data.message : data.error || t.tError;
        if (data.ok) appealForm.querySelector("button").disabled = true;
      });
    }
    return li;
  }

  const showCount = (count) => {
    if (typeof count !== "number") return;
    for (const element of article.querySelectorAll("[data-count=comments]")) element.textContent = count;
  };

  function addMoreReplies(li) {
    const button = document.createElement("button");
    button.type = "button";
    button.dataset.moreReplies = "";
    button.textContent = t.tMoreReplies;
    $(".comment__replies", li).after(button);
  }

  async function load(append) {
    const params = new URLSearchParams({sort: sort.value});
    if (append && next) params.set("after", next);
    const data = await api(`${listUrl}?${params}`);
    if (!data.ok) return announce(data.error);
    if (!append) list.textContent = "";
    // The reader's own unpublished comments come with the first page, at the top.
    if (!append) list.append(...(data.own || []).map(renderOwn));
    const items = data.comments.map(render);
    list.append(...items);
    if (!list.children.length) {
      const empty = document.createElement("li");
      empty.dataset.empty = "";
      empty.textContent = t.tEmpty;
      list.append(empty);
    }
    showCount(data.count);
    next = data.next;
    more.hidden = !next;
    form.hidden = !data.open;
    $("[data-closed]").hidden = data.open;
    app.hidden = false;
    if (append && items.length) items[0].focus();
  }

  function replyTo(li) {
    const actions = $(".comment__actions", li);
    actions.after(form);
    form.elements.parent.value = li.dataset.id;
    const replying = $("[data-replying]", form);
    $("span", replying).textContent = t.tReplyTo.replace("{name}", $(".comment__author", li).textContent);
    replying.hidden = false;
    form.elements.body.focus();
  }

  function replyEnd() {
    const parent = form.elements.parent.value;
    form.elements.parent.value = "";
    $("[data-replying]", form).hidden = true;
    home.after(form);
    return parent;
  }

  function report(li, button) {
    let reportForm = $(".report-form", li);
    if (reportForm && reportForm.closest(".comment") === li) return reportForm.elements.reason.focus();
    reportForm = $("template[data-report-form]").content.firstElementChild.cloneNode(true);
    $(".comment__actions", li).after(reportForm);
    reportForm.elements.reason.focus();
    reportForm.addEventListener("submit", async (event) => {
      event.preventDefault();
      const data = await api(`${base}comments/${li.dataset.id}/report/`, new FormData(reportForm));
      $("[role=status]", reportForm).textContent = data.ok ? data.message : data.error || t.tError;
      if (data.ok) {
        button.disabled = true;
        reportForm.querySelector("button").disabled = true;
      }
    });
  }

  list.addEventListener("click", async (event) => {
    const button = event.target.closest("button");
    const li = button && button.closest(".comment");
    if (!li) return;
    const id = li.dataset.id;
    if (button.dataset.react) {
      const value = button.getAttribute("aria-pressed") === "true" ? "0" : button.dataset.react;
      const data = await api(`${base}comments/${id}/reaction/`, {value});
      if (data.ok) showReaction(li, data);
      else announce(data.error);
    } else if ("reply" in button.dataset) {
      replyTo(li);
    } else if ("report" in button.dataset) {
      report(li, button);
    } else if ("delete" in button.dataset && window.confirm(t.tConfirmDelete)) {
      const data = await api(`${base}comments/${id}/delete/`, {});
      announce(data.ok ? data.message : data.error);
      if (data.ok) {
        const placeholder = render({id, deleted: true});
        $(".comment__replies", placeholder).replaceWith($(".comment__replies", li));
        li.replaceWith(placeholder);
      }
    } else if ("moreReplies" in button.dataset) {
      const replies = $(".comment__replies", li);
      const last = replies.lastElementChild;
      const params = new URLSearchParams({sort: "oldest", replies_to: id});
      if (last) params.set("after", last.dataset.id);
      const data = await api(`${listUrl}?${params}`);
      if (!data.ok) return announce(data.error);
      replies.append(...data.comments.map(render));
      button.hidden = !data.next;
    }
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const submit = $("button[type=submit]", form);
    submit.disabled = true;
    announce(t.tChecking);
    const challenge = await api(`${base}comments/challenge/`);
    const body = new FormData(form);
    body.set("altcha", challenge.challenge ? await solve(challenge) : "");
    announce(t.tSending);
    const data = await api(listUrl, body);
    submit.disabled = false;
    announce(data.ok ? data.message : data.error);
    if (!data.ok) return form.elements.body.focus();
    form.elements.body.value = "";
    $("[data-as]").textContent = t.tAs.replace("{name}", data.comment.author);
    const parent = replyEnd();
    const li = data.comment.published ? render(data.comment) : renderOwn(data.comment);
    // Published at once: the heading's count follows without a reload.
    showCount(data.count);
    if (parent) $(".comment__replies", $(`#kommentar-${parent}`)).append(li);
    else list.prepend(li);
    const empty = $("[data-empty]", list);
    if (empty) empty.remove();
  });

  $("[data-cancel]", form).addEventListener("click", () => { replyEnd(); form.elements.body.focus(); });
  sort.addEventListener("change", () => load(false));
  more.addEventListener("click", () => load(true));
  state.then((current) => {
    const reader = (current && current.reader) || {};
    $("[data-as]").textContent = reader.name ? t.tAs.replace("{name}", reader.name) : t.tAsGuest;
    $("#comment-as a").hidden = Boolean(reader.authenticated);
  });
  load(false);
})();
