"""The comment endpoints as the page's script uses them, and everything bad sent to them. The
tests that need no article or two of their own are in test_views_apart.py."""

import copy

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from articles.models import ArticlePage
from comments.models import Comment, CommentReaction, CommentReport, CommentStatus
from comments.services import comment_create, comments_moderate
from comments.tests.conftest import BROWSER, ReaderClient, solved
from core.models import CommentMode
from engagement.identity import GUEST_COOKIE
from engagement.models import ArticleStats, Guest


@pytest.fixture
def article(db, article_built):
    """The module's article, a fresh object for each test."""
    return copy.deepcopy(article_built)


def publish(article, reader, body="Ein Kommentar.", **kwargs):
    comment = comment_create(
        article=article, reader=reader, body=body, proof_of_work=solved(), **kwargs
    )
    comments_moderate(comment_ids=[comment.pk], action="approve", moderator=None)
    comment.refresh_from_db()
    return comment


def comments_url(article) -> str:
    return f"/engagement/articles/{article.pk}/comments/"


# -- posting -----------------------------------------------------------------------------------


def test_a_guest_posts_and_is_told_the_comment_will_be_reviewed(article):
    client = ReaderClient()
    response = client.comment(article)
    assert response.status_code == 201
    data = response.json()
    assert data["message"] == "Danke! Ihr Kommentar wird geprüft, bevor er erscheint."
    assert data["comment"]["published"] is False
    # Stored before the answer, with the guest's new number in a cookie.
    comment = Comment.objects.get()
    assert comment.status == CommentStatus.PENDING
    assert response.cookies[GUEST_COOKIE]["httponly"]
    assert data["comment"]["author"] == f"User #{comment.guest.number} (nicht angemeldet)"
    assert "no-store" in response.headers["Cache-Control"]


def test_the_same_guest_keeps_the_number(article):
    client = ReaderClient()
    client.comment(article, body="Erster Kommentar")
    client.comment(article, body="Zweiter Kommentar")
    assert Guest.objects.count() == 1
    assert Comment.objects.values("guest").distinct().count() == 1


def test_an_account_posts_and_is_published(article, account_reader):
    reader = account_reader()
    client = ReaderClient()
    client.force_login(reader.user)
    data = client.comment(article).json()
    assert data["message"] == "Danke! Ihr Kommentar ist veröffentlicht."
    number = reader.user.reader_profile.pseudonym
    assert data["comment"]["author"] == f"User #{number}" and data["comment"]["own"]
    assert ArticleStats.objects.get(pk=article.pk).comments == 1


BAD_POSTS = [
    ({"body": ""}, 400, "Bitte schreiben Sie zuerst einen Kommentar."),
    ({"body": "   \n "}, 400, "Bitte schreiben Sie zuerst einen Kommentar."),
    (
        {"body": "x" * 2001},
        400,
        "Ihr Kommentar ist 2001 Zeichen lang; erlaubt sind höchstens 2000.",
    ),
    ({"altcha": ""}, 400, "Die Sicherheitsprüfung Ihres Browsers"),
    ({"altcha": "%%%garbage"}, 400, "Die Sicherheitsprüfung Ihres Browsers"),
    ({"website": "http://spam.test"}, 400, "Ihr Kommentar konnte nicht gesendet werden."),
    ({"parent": "abc"}, 400, "Sie können nur auf einen veröffentlichten Kommentar"),
    ({"parent": "99999999"}, 400, "Sie können nur auf einen veröffentlichten Kommentar"),
    ({"parent": "9" * 40}, 400, "Sie können nur auf einen veröffentlichten Kommentar"),
]


@pytest.mark.parametrize(("fields", "status", "message"), BAD_POSTS)
def test_bad_posts_get_a_clear_message_and_store_nothing(article, fields, status, message):
    response = ReaderClient().comment(article, **fields)
    assert response.status_code == status
    assert response.json()["ok"] is False
    assert response.json()["error"].startswith(message)
    assert not Comment.objects.exists() and not Guest.objects.exists()
    assert GUEST_COOKIE not in response.cookies


def test_a_missing_body_field_is_an_empty_comment(article):
    client = ReaderClient()
    response = client.write(comments_url(article), {"altcha": solved()})
    assert response.status_code == 400 and not Comment.objects.exists()


def test_an_oversize_request_is_refused_before_it_is_read(article):
    client = ReaderClient()
    response = client.write(comments_url(article), {"body": "x" * 40_000, "altcha": solved()})
    assert response.status_code == 413
    assert response.json()["error"] == "Ihr Kommentar ist zu lang."
    assert not Comment.objects.exists()


def test_unknown_or_unpublished_articles(article):
    client = ReaderClient()
    response = client.write("/engagement/articles/999999/comments/", {"body": "Hallo"})
    assert response.status_code == 404
    assert response.json()["error"] == "Diesen Artikel gibt es nicht (mehr)."
    ArticlePage.objects.get(pk=article.pk).unpublish()
    assert client.comment(article).status_code == 404
    assert client.get(comments_url(article)).status_code == 404
    assert not Comment.objects.exists()


def test_closed_comments_answer_so(article):
    article.comment_mode = CommentMode.CLOSED
    article.save_revision().publish()
    response = ReaderClient().comment(article)
    assert response.status_code == 403
    assert response.json()["error"] == "Die Kommentare zu diesem Artikel sind geschlossen."
    assert ReaderClient().get(comments_url(article)).json()["open"] is False


def test_a_post_without_csrf_token_is_refused_in_json(article):
    client = Client(enforce_csrf_checks=True, HTTP_HOST="127.0.0.1", HTTP_USER_AGENT=BROWSER)
    response = client.post(comments_url(article), {"body": "Hallo", "altcha": solved()})
    assert response.status_code == 403
    assert response.json()["error"] == (
        "Ihre Sitzung ist abgelaufen. Bitte laden Sie die Seite neu und versuchen Sie es nochmals."
    )
    assert not Comment.objects.exists()


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_wrong_methods_are_refused(article, method):
    client = ReaderClient()
    token = client.token_fetch()
    assert getattr(client, method)(comments_url(article), HTTP_X_CSRFTOKEN=token).status_code == 405
    assert client.get("/engagement/comments/1/reaction/").status_code == 405
    assert client.get("/engagement/comments/1/report/").status_code == 405
    assert client.get("/engagement/comments/1/delete/").status_code == 405
    assert client.post("/engagement/comments/challenge/").status_code in (403, 405)


def test_a_reader_flooding_the_form_is_slowed_down_and_told_how_long(article, monkeypatch):
    monkeypatch.setattr("engagement.guard._now", lambda: 60 * 1000 + 20.5)
    client = ReaderClient()
    answers = [client.comment(article, body=f"Kommentar Nummer {n}") for n in range(3)]
    assert [answer.status_code for answer in answers] == [201, 201, 429]
    refusal = answers[2]
    assert refusal.json()["error"] == "Sie kommentieren sehr schnell. Bitte warten Sie 40 Sekunden."
    assert refusal.json()["retry_after"] == 40 and refusal.headers["Retry-After"] == "40"
    assert Comment.objects.count() == 2


def test_one_guests_flood_does_not_block_another_guest_behind_the_same_address(
    article, monkeypatch
):
    """Issue 10 §5: refused attempts used to count, so one guest's flood blocked the whole
    household for the rest of the hour."""
    monkeypatch.setattr("engagement.guard._now", lambda: 3600 * 1000 + 5.0)  # one window
    address = "203.0.113.80"
    # A program without the proof of work, a new browser (no cookie) each time: refused.
    for n in range(20):
        program = ReaderClient(ip=address)
        assert program.comment(article, body=f"Programm {n}", altcha="falsch").status_code == 400
    flooder = ReaderClient(ip=address)
    answers = [flooder.comment(article, body=f"Werbung Nummer {n}") for n in range(40)]
    assert [a.status_code for a in answers[:2]] == [201, 201]
    assert {a.status_code for a in answers[2:]} == {429}
    neighbour = ReaderClient(ip=address)
    assert neighbour.comment(article, body="Ich wohne auch hier.").status_code == 201
    assert Comment.objects.count() == 3


# -- the list ---------------------------------------------------------------------------------


def test_the_list_shows_published_comments_with_their_replies(
    article, account_reader, guest_reader
):
    reader = account_reader()
    top = publish(article, reader, body="Erster\nmit zweiter Zeile")
    publish(article, guest_reader(), body="Antwort", parent=top)
    comment_create(
        article=article, reader=guest_reader(ip="192.0.2.4"), body="Wartet", proof_of_work=solved()
    )
    data = ReaderClient().get(comments_url(article)).json()
    assert data["ok"] and data["open"] and data["next"] is None
    [shown] = data["comments"]
    assert shown["body"] == "Erster\nmit zweiter Zeile"
    assert [r["body"] for r in shown["replies"]] == ["Antwort"]
    assert shown["replies"][0]["author"].endswith("(nicht angemeldet)")


def test_a_rejected_comment_keeps_its_published_replies_in_view(
    article, account_reader, guest_reader
):
    top = publish(article, account_reader(), body="Später abgelehnt")
    publish(article, guest_reader(), body="Antwort bleibt", parent=top)
    comments_moderate(comment_ids=[top.pk], action="reject", moderator=None)
    assert ArticleStats.objects.get(pk=article.pk).comments == 1  # the reply

    [shown] = ReaderClient().get(comments_url(article)).json()["comments"]
    assert shown["deleted"] and shown["body"] == "" and shown["author"] == ""
    assert [r["body"] for r in shown["replies"]] == ["Antwort bleibt"]
    plain = Client(HTTP_HOST="127.0.0.1").get(f"/kommentare/{article.pk}/").content.decode()
    assert "Dieser Kommentar wurde entfernt." in plain and "Antwort bleibt" in plain
    assert "Später abgelehnt" not in plain


def _many(article, guest_reader, count):
    readers = [guest_reader(ip=f"192.0.2.{n}") for n in range(count)]
    comments = [
        Comment(
            article=article,
            guest=r.guest,
            body=f"Kommentar {n}",
            fingerprint=str(n),
            status=CommentStatus.APPROVED,
            likes=n % 5,
        )
        for n, r in enumerate(readers)
    ]
    return Comment.objects.bulk_create(comments)


@pytest.mark.parametrize("sort", ["newest", "oldest", "liked"])
def test_load_more_continues_without_gaps_or_repeats(article, guest_reader, sort):
    _many(article, guest_reader, 45)
    client = ReaderClient()
    seen, after = [], None
    for _page in range(5):
        query = {"sort": sort} | ({"after": after} if after else {})
        data = client.get(comments_url(article), query).json()
        seen += [c["id"] for c in data["comments"]]
        after = data["next"]
        if not after:
            break
    assert len(seen) == 45 == len(set(seen))
    bodies = {c.pk: c for c in Comment.objects.all()}
    if sort == "liked":
        keys = [(bodies[pk].likes, pk) for pk in seen]
        assert keys == sorted(keys, reverse=True)
    else:
        assert seen == sorted(seen, reverse=sort == "newest")


@pytest.mark.parametrize(
    "query",
    [{"sort": "best"}, {"after": "abc"}, {"sort": "liked", "after": "12"}, {"after": "1.2"}],
)
def test_bad_list_queries_get_a_clear_message(article, query):
    response = ReaderClient().get(comments_url(article), query)
    assert response.status_code == 400
    assert response.json()["error"].startswith("Die Kommentare konnten nicht geladen werden")


def test_bad_reply_queries(article):
    client = ReaderClient()
    assert client.get(comments_url(article), {"replies_to": "x"}).status_code == 400
    assert client.get(comments_url(article), {"replies_to": "424242"}).status_code == 404


def _list_queries(client, article, **query) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(comments_url(article), query).status_code == 200
    return len(queries)


def test_the_lists_query_count_does_not_grow_with_the_comments(article, guest_reader):
    reader = guest_reader()
    client = ReaderClient()
    client.cookies[GUEST_COOKIE] = __import__("django.core.signing").core.signing.dumps(
        reader.guest.pk, salt="depesche.engagement.guest"
    )
    few = _many(article, guest_reader, 2)
    publish(article, reader, body="Eine Antwort", parent=few[0])
    # article, guest, section, comments, replies, the reader's reactions, their own unpublished
    assert _list_queries(client, article) == 7
    # A reader who never wrote: no reactions, no own comments to look for.
    assert _list_queries(ReaderClient(), article) == 4
    many = _many(article, guest_reader, 60)
    for parent in many[-20:]:
        for n in range(3):
            Comment.objects.create(
                article=article,
                parent=parent,
                body=f"Antwort {n}",
                fingerprint="r",
                status=CommentStatus.APPROVED,
            )
        Comment.objects.filter(pk=parent.pk).update(reply_count=3)
    assert _list_queries(client, article) == 7
    assert _list_queries(client, article, sort="liked") == 7
    # Later pages leave the own comments to the first one (and these older ones have no
    # replies): article, guest, section, comments, reactions.
    after = client.get(comments_url(article)).json()["next"]
    assert _list_queries(client, article, after=after) == 5


# -- reactions, reports, deleting ---------------------------------------------------------------


def test_reacting_through_the_endpoint(article, account_reader):
    comment = publish(article, account_reader())
    client = ReaderClient(ip="192.0.2.50")
    url = f"/engagement/comments/{comment.pk}/reaction/"
    data = client.write(url, {"value": "1"}).json()
    assert (data["likes"], data["dislikes"], data["reaction"]) == (1, 0, 1)
    data = client.write(url, {"value": "-1"}).json()
    assert (data["likes"], data["dislikes"], data["reaction"]) == (0, 1, -1)
    # The reader sees their own reaction in the list.
    assert client.get(comments_url(article)).json()["comments"][0]["reaction"] == -1
    for bad in ({"value": "2"}, {"value": "up"}, {}):
        assert client.write(url, bad).status_code == 400
    assert client.write("/engagement/comments/999999/reaction/", {"value": "1"}).status_code == 404
    assert CommentReaction.objects.count() == 1


def test_reporting_through_the_endpoint(article, account_reader):
    comment = publish(article, account_reader())
    client = ReaderClient(ip="192.0.2.51")
    url = f"/engagement/comments/{comment.pk}/report/"
    response = client.write(url, {"reason": "abuse", "note": "Beleidigung"})
    assert response.status_code == 201
    assert (
        response.json()["message"]
        == "Danke. Eine Moderatorin oder ein Moderator sieht sich den Kommentar an."
    )
    again = client.write(url, {"reason": "abuse"})
    assert again.status_code == 400
    assert again.json()["error"] == "Sie haben diesen Kommentar bereits gemeldet. Danke."
    for bad in ({"reason": "boring"}, {}, {"reason": "spam", "note": "x" * 501}):
        assert ReaderClient(ip="192.0.2.52").write(url, bad).status_code == 400
    assert CommentReport.objects.count() == 1


def test_deleting_through_the_endpoint(article, account_reader):
    reader = account_reader()
    comment = publish(article, reader)
    guest = ReaderClient(ip="192.0.2.53")
    url = f"/engagement/comments/{comment.pk}/delete/"
    assert guest.write(url).status_code == 403
    owner = ReaderClient()
    owner.force_login(reader.user)
    response = owner.write(url)
    assert response.json()["message"] == "Ihr Kommentar wurde gelöscht."
    assert Comment.objects.get().status == CommentStatus.DELETED
    assert owner.write("/engagement/comments/999999/delete/").status_code == 404


# -- the page --------------------------------------------------------------------------------


def test_the_article_page_has_the_comment_section_and_stays_the_same_for_everyone(
    article, account_reader
):
    publish(article, account_reader(), body="Geheimer Kommentartext")
    anonymous = Client(HTTP_HOST="127.0.0.1")
    first = anonymous.get(article.url)
    html = first.content.decode()
    assert 'id="kommentare"' in html and "comments/comments.js" in html
    assert f'href="/kommentare/{article.pk}/"' in html
    # The comments come from the endpoint, not the cached page.
    assert "Geheimer Kommentartext" not in html
    assert not first.cookies and "csrfmiddlewaretoken" not in html
    assert 'href="/konto/">Anmelden</a>' in html
    again = Client(HTTP_HOST="127.0.0.1", REMOTE_ADDR="192.0.2.200").get(article.url)
    assert again.content == first.content


def test_the_plain_comments_page_lists_published_comments_as_text(
    article, account_reader, guest_reader
):
    top = publish(article, account_reader(), body="<script>alert(1)</script>\nZeile zwei")
    publish(article, guest_reader(), body="Eine Antwort", parent=top)
    comment_create(
        article=article,
        reader=guest_reader(ip="192.0.2.9"),
        body="Wartet noch",
        proof_of_work=solved(),
    )
    response = Client(HTTP_HOST="127.0.0.1").get(f"/kommentare/{article.pk}/")
    html = response.content.decode()
    assert response.status_code == 200 and not response.cookies
    assert "public" in response.headers["Cache-Control"]
    # Purged with the article when a comment is approved or removed (core.changes).
    assert f"page-{article.pk}" in response.headers["X-Cache-Tags"].split()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;<br>Zeile zwei" in html
    assert "<script>alert" not in html
    assert "Eine Antwort" in html and "Wartet noch" not in html
    assert "(nicht angemeldet)" in html


@pytest.mark.parametrize("query", ["?page=abc", "?page=0", "?page=99", "?page=-1"])
def test_the_plain_page_refuses_bad_pages(article, query):
    assert Client(HTTP_HOST="127.0.0.1").get(f"/kommentare/{article.pk}/{query}").status_code == 404


def test_moderation_shows_in_the_list(article, guest_reader, django_user_model):
    comment = comment_create(
        article=article, reader=guest_reader(), body="Bald sichtbar", proof_of_work=solved()
    )
    client = ReaderClient(ip="192.0.2.60")
    assert client.get(comments_url(article)).json()["comments"] == []
    editor = django_user_model.objects.create_superuser("chefin", "c@example.org", "pw")
    comments_moderate(comment_ids=[comment.pk], action="approve", moderator=editor)
    data = client.get(comments_url(article)).json()
    assert [c["body"] for c in data["comments"]] == ["Bald sichtbar"] and data["count"] == 1


@pytest.mark.parametrize(
    "path", ["comments/1/reaction/", "comments/1/report/", "comments/1/delete/"]
)
def test_every_write_endpoint_needs_the_csrf_token(article, account_reader, path):
    publish(article, account_reader())
    client = Client(enforce_csrf_checks=True, HTTP_HOST="127.0.0.1", HTTP_USER_AGENT=BROWSER)
    comment = Comment.objects.get()
    response = client.post(f"/engagement/{path.replace('1', str(comment.pk), 1)}", {"value": "1"})
    assert response.status_code == 403 and response.json()["ok"] is False
    comment.refresh_from_db()
    assert comment.likes == 0 and comment.report_count == 0
    assert comment.status == CommentStatus.APPROVED


# A comment (session, account, article, section, ban, duplicate check, savepoint, insert,
# counters and the hour's counters, reader profile, the fresh count for the heading), a
# reaction, a report: with the word list cached.
WRITE_QUERIES = (14, 14, 10)


def _write_queries(client, url, data) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.write(url, data).status_code in (200, 201)
    return len(queries)


def test_the_write_endpoints_query_counts_do_not_grow_with_the_comments(
    article, account_reader, guest_reader
):
    reader = account_reader()
    client = ReaderClient()
    client.force_login(reader.user)
    client.token = client.token_fetch()
    counts = []
    for extra in (0, 60):
        _many(article, guest_reader, extra) if extra else None
        author = account_reader(f"autor{extra}", ip=f"198.51.100.{extra}")
        target = publish(article, author, body=f"Zum Reagieren {extra}")
        data = {"body": f"Ein neuer Gedanke {extra}", "altcha": solved(), "website": ""}
        counts.append(
            (
                _write_queries(client, comments_url(article), data),
                _write_queries(
                    client, f"/engagement/comments/{target.pk}/reaction/", {"value": "1"}
                ),
                _write_queries(
                    client, f"/engagement/comments/{target.pk}/report/", {"reason": "spam"}
                ),
            )
        )
    assert counts[0] == counts[1] == WRITE_QUERIES


# -- where a commenter stands: own pending and rejected comments, appeals ------------------------


def _own(client, article, **query) -> list[dict]:
    return client.get(comments_url(article), query).json()["own"]


def test_a_guests_pending_comment_shows_to_its_author_only(article):
    author = ReaderClient()
    posted = author.comment(article, body="Mein Kommentar wartet.").json()["comment"]
    assert posted["pending"] and posted["state_text"] == "wartet auf Prüfung"
    # Next visit (a reload): in the list's «own» part, marked, newest first.
    author.comment(article, body="Noch ein Kommentar.")
    data = author.get(comments_url(article)).json()
    assert data["comments"] == []
    assert [c["body"] for c in data["own"]] == ["Noch ein Kommentar.", "Mein Kommentar wartet."]
    assert all(c["pending"] and not c["published"] for c in data["own"])
    assert data["own"][0]["state_text"] == "wartet auf Prüfung"
    # Another reader, and the same reader's later pages, do not get it.
    assert _own(ReaderClient(ip="192.0.2.77"), article) == []
    other = ReaderClient(ip="192.0.2.78")
    other.comment(article, body="Ein ganz anderer Beitrag.")
    assert [c["body"] for c in _own(other, article)] == ["Ein ganz anderer Beitrag."]
    # Once approved, it is an ordinary comment for everyone.
    comments_moderate(comment_ids=[posted["id"]], action="approve", moderator=None)
    assert [c["body"] for c in _own(author, article)] == ["Noch ein Kommentar."]


def test_an_accounts_own_pending_comment_shows_to_it(article, account_reader):
    article.comment_mode = CommentMode.PREMODERATED
    article.save_revision().publish()
    reader = account_reader()
    client = ReaderClient()
    client.force_login(reader.user)
    client.comment(article, body="Vorab geprüft.")
    [own] = _own(client, article)
    assert own["pending"] and own["own"] and own["body"] == "Vorab geprüft."
    assert _own(ReaderClient(ip="192.0.2.79"), article) == []


def test_a_rejected_comment_tells_its_author_why_spam_says_nothing(article):
    author = ReaderClient()
    first = author.comment(article, body="Eine Beleidigung.").json()["comment"]["id"]
    second = author.comment(article, body="Kaufen Sie Uhren!").json()["comment"]["id"]
    comments_moderate(comment_ids=[first], action="reject", reason="abuse", moderator=None)
    comments_moderate(comment_ids=[second], action="spam", reason="spam", moderator=None)
    [own] = _own(author, article)
    assert own["id"] == first and own["rejected"] and not own["pending"]
    assert own["body"] == "Eine Beleidigung."
    assert own["reason_text"] == (
        "Ihr Kommentar wurde nicht veröffentlicht: Beleidigung oder Hassrede."
    )
    assert own["can_appeal"] and own["appeal"] is None


def appeal_url(comment_id) -> str:
    return f"/engagement/comments/{comment_id}/appeal/"


@pytest.fixture
def rejected(article):
    author = ReaderClient()
    comment_id = author.comment(article, body="Eine harte Kritik.").json()["comment"]["id"]
    comments_moderate(comment_ids=[comment_id], action="reject", reason="off_topic", moderator=None)
    return author, comment_id


def test_the_author_appeals_once_and_sees_the_answer(article, rejected, django_user_model):
    from comments.models import CommentAppeal
    from comments.services import appeal_answer

    author, comment_id = rejected
    response = author.write(appeal_url(comment_id), {"text": "Das war zum Thema."})
    assert response.status_code == 201
    assert response.json()["message"] == (
        "Danke. Eine Moderatorin oder ein Moderator prüft Ihren Einspruch und antwortet hier."
    )
    [own] = _own(author, article)
    assert not own["can_appeal"]
    assert own["appeal"]["text"] == "Das war zum Thema." and not own["appeal"]["answered"]
    again = author.write(appeal_url(comment_id), {"text": "Nochmals."})
    assert again.status_code == 409
    assert again.json()["error"] == (
        "Sie haben bereits Einspruch erhoben. Gegen einen Entscheid ist nur ein Einspruch möglich."
    )
    assert CommentAppeal.objects.count() == 1
    moderator = django_user_model.objects.create_user("moderatorin", "m@example.org", "pw")
    appeal_answer(
        appeal=CommentAppeal.objects.get(),
        moderator=moderator,
        answer="Der Bezug zum Artikel fehlt.",
        outcome="upheld",
    )
    [own] = _own(author, article)
    assert own["rejected"] and own["appeal"]["answer"] == "Der Bezug zum Artikel fehlt."
    assert own["appeal"]["outcome"] == "upheld"
    assert own["appeal"]["outcome_text"] == "Ablehnung bestätigt"


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "Bitte sagen Sie in wenigen Worten, warum der Kommentar erscheinen soll."),
        ("   \n ", "Bitte sagen Sie in wenigen Worten, warum der Kommentar erscheinen soll."),
        ("x" * 501, "Bitte fassen Sie Ihren Einspruch in weniger als 500 Zeichen."),
    ],
)
def test_bad_appeals_get_a_clear_message_and_store_nothing(rejected, text, message):
    from comments.models import CommentAppeal

    author, comment_id = rejected
    response = author.write(appeal_url(comment_id), {"text": text})
    assert response.status_code == 400 and response.json()["error"] == message
    assert not CommentAppeal.objects.exists()


def test_only_the_author_of_a_rejected_comment_can_appeal(article, rejected, account_reader):
    from comments.models import CommentAppeal

    author, comment_id = rejected
    stranger = ReaderClient(ip="192.0.2.80")
    response = stranger.write(appeal_url(comment_id), {"text": "Ich finde das auch."})
    assert response.status_code == 403
    assert response.json()["error"] == (
        "Nur wer den Kommentar geschrieben hat, kann gegen die Ablehnung Einspruch erheben."
    )
    account = ReaderClient(ip="192.0.2.81")
    account.force_login(account_reader().user)
    assert account.write(appeal_url(comment_id), {"text": "Auch ich."}).status_code == 403
    waiting = author.comment(article, body="Noch nicht geprüft.").json()["comment"]["id"]
    response = author.write(appeal_url(waiting), {"text": "Bitte freigeben."})
    assert response.status_code == 409
    not_rejected = "Einspruch ist nur gegen einen abgelehnten Kommentar möglich."
    assert response.json()["error"] == not_rejected
    assert author.write(appeal_url(424242), {"text": "Hallo"}).status_code == 404
    assert ReaderClient(ip="192.0.2.82").get(appeal_url(comment_id)).status_code == 405
    assert not CommentAppeal.objects.exists()


def test_a_published_comment_brings_the_fresh_count(article, account_reader):
    reader = account_reader()
    client = ReaderClient()
    client.force_login(reader.user)
    assert client.comment(article, body="Der erste.").json()["count"] == 1
    assert client.comment(article, body="Der zweite.").json()["count"] == 2
    assert client.get(comments_url(article)).json()["count"] == 2
    # A guest's waiting comment changes no count.
    assert ReaderClient(ip="192.0.2.83").comment(article).json()["count"] is None
