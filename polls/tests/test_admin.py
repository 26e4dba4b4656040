"""Polls in the newsroom: editors create them, see the results, and cannot break votes."""

import re

import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from polls.models import Poll


@pytest.fixture
def editor(client, db):
    client.force_login(User.objects.create_superuser("chefin", "chefin@example.org", "pw"))
    return client


def _form(question="Wie kommen Sie zur Arbeit?", answers=("Velo", "Zug"), **extra):
    rows = [{"text": text} for text in answers]
    return nested_form_data(
        {"question": question, "answers": inline_formset(rows), "closes_at": "", **extra}
    )


def _errors(response) -> str:
    form = response.context["form"]
    return " ".join(str(e) for errors in form.errors.values() for e in errors)


def test_an_editor_creates_a_poll(editor):
    response = editor.post(reverse("wagtailsnippets_polls_poll:add"), _form())
    assert response.status_code == 302
    poll = Poll.objects.get()
    assert [a.text for a in poll.answers.all()] == ["Velo", "Zug"]


@pytest.mark.parametrize("answers", [("Nur eine",), tuple(f"Antwort {n}" for n in range(7))])
def test_a_poll_needs_two_to_six_answers(editor, answers):
    response = editor.post(reverse("wagtailsnippets_polls_poll:add"), _form(answers=answers))
    assert response.status_code == 200
    assert "Eine Umfrage braucht 2 bis 6 Antworten." in _errors(response)
    assert not Poll.objects.exists()


def test_an_answer_with_votes_cannot_be_removed(editor, poll):
    answers = list(poll.answers.all())
    answers[1].votes = 3
    answers[1].save()
    rows = [
        {"id": answers[0].pk, "text": "Ja"},
        {"id": answers[1].pk, "text": "Nein", "DELETE": "on"},
        {"text": "Vielleicht"},
        {"text": "Weiss nicht"},
    ]
    form = nested_form_data(
        {"question": poll.question, "answers": inline_formset(rows, initial=2), "closes_at": ""}
    )
    response = editor.post(reverse("wagtailsnippets_polls_poll:edit", args=(poll.pk,)), form)
    assert response.status_code == 200
    assert "Die Antwort «Nein» hat 3 Stimmen und kann nicht entfernt werden." in _errors(response)
    assert poll.answers.count() == 2


def test_editors_see_the_results(editor, poll):
    poll.answers.filter(text="Ja").update(votes=3)
    poll.answers.filter(text="Nein").update(votes=1)
    listing = editor.get(reverse("wagtailsnippets_polls_poll:list")).content.decode()
    assert "Soll die Stadt mehr Velowege bauen?" in listing
    assert re.search(r"<td[^>]*>\s*4\s*</td>", listing)
    edit = editor.get(reverse("wagtailsnippets_polls_poll:edit", args=(poll.pk,)))
    html = edit.content.decode()
    assert "<td>Ja</td><td>3</td><td>75</td>" in html
    assert "<th>Total</th><th>4</th>" in html
    inspect = editor.get(reverse("wagtailsnippets_polls_poll:inspect", args=(poll.pk,)))
    assert inspect.status_code == 200


def test_editing_a_poll_changes_the_articles_that_show_it(
    editor, poll, poll_article, changed_pages
):
    answers = list(poll.answers.all())
    rows = [{"id": a.pk, "text": a.text} for a in answers]
    form = nested_form_data(
        {
            "question": poll.question,
            "answers": inline_formset(rows, initial=2),
            "closes_at": "2026-01-01 10:00",
        }
    )
    with changed_pages() as batches:
        response = editor.post(reverse("wagtailsnippets_polls_poll:edit", args=(poll.pk,)), form)
    assert response.status_code == 302
    # (The test's own transaction never commits: the fixture's publishing joins the batch.)
    assert any(poll_article.pk in ids and "poll changed" in why for ids, why in batches)
    assert Poll.objects.get().is_closed
