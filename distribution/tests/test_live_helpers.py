"""How distribution describes a ticker's entries (distribution.live), without the database."""

from datetime import timedelta

from django.utils import timezone

from distribution import live
from tickers.models import Entry, Ticker

from .live import START


def entry(**fields) -> Entry:
    fields.setdefault("posted_at", START)
    fields.setdefault("created_at", START)
    fields.setdefault("updated_at", START + timedelta(milliseconds=3))
    return Entry(pk=7, **fields)


def test_the_headline_is_the_title_or_the_first_words_or_the_time():
    assert live.entry_headline(entry(title="  Die Urnen sind zu ")) == "Die Urnen sind zu"
    long = "<p>" + " ".join(f"Wort{n}" for n in range(1, 30)) + "</p>"
    assert live.entry_headline(entry(body=long)) == " ".join(f"Wort{n}" for n in range(1, 13)) + "…"
    assert len(live.entry_headline(entry(title="x" * 200))) == live.HEADLINE_CHARACTERS
    # Only a picture: its time, in the site's time zone.
    assert live.entry_headline(entry(body="")) == "09:00"


def test_the_text_is_plain_with_the_quote():
    text = live.entry_text(
        entry(body="<p>Eins</p><p>Zwei &amp; drei</p>", quote_text="Ja.", quote_source="Sie")
    )
    assert text == "Eins Zwei & drei «Ja.» (Sie)"


def test_an_entry_counts_as_edited_only_when_saved_again_later():
    assert live.entry_modified(entry()) is None
    later = START + timedelta(minutes=4)
    assert live.entry_modified(entry(updated_at=later)) == later


def test_the_status_of_a_ticker():
    now = timezone.now()
    assert live.ticker_status(None) == live.NOT_STARTED
    assert live.ticker_status(Ticker()) == live.NOT_STARTED
    assert live.ticker_status(Ticker(started_at=now)) == live.RUNNING
    assert live.ticker_status(Ticker(started_at=now, ended_at=now)) == live.ENDED


def test_expanding_many_texts_keeps_each_text_apart():
    texts = ["<p>Eins</p>", "", "<p>Drei <b>fett</b></p>"]
    assert live.expand_many(texts) == texts
    assert live.expand_many([]) == []
