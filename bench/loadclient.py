"""A reader's browser for the load benchmarks: what the article page's scripts do, over HTTP.

`GuestReader` is one guest reader: their own cookie jar (the CSRF cookie, the guest cookie
the first write sets) and their own address, sent in `X-Forwarded-For` as the proxy in front of
the app would (the server must trust that many proxies: DEPESCHE_TRUSTED_PROXIES). It does
what `engagement.js`, `comments.js` and `polls.js` do:

- `state()`: GET /engagement/articles/<id>/ (counts, reader, CSRF token);
- `comment()`: GET the proof-of-work challenge, solve it as the browser does
  (`engagement.proof_of_work.challenge_solve`), POST the comment with the token;
- `vote()`: POST a poll answer;
- `view()`: the view beacon, which answers whether the view was counted;
- `page()`: GET an HTML page (through Varnish: as every reader does before the scripts run).

Every request is timed and kept as a `Sample`; each write's outcome is an `Ack` when the
server acknowledged it (what must then be in the database exactly once) or a refusal / error.
Used by bench/engagement_load.py, bench/mixed_spike.py and the fault benchmark; stdlib only.
"""

import http.client
import itertools
import json
import math
import random
import statistics
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from engagement.proof_of_work import challenge_solve  # noqa: E402 (needs ROOT on the path)

BROWSER = (
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0 depesche-loadbench"
)
TIMEOUT = 30
VIEW_COUNTED_HEADER = "Depesche-View-Counted"  # engagement.views.VIEW_COUNTED_HEADER

# Readers' addresses: 10.0.0.0/8, one per reader, from a random start so that runs against
# the same site within an hour (its view deduplication) rarely meet the same addresses.
_addresses = itertools.count(random.randrange(1, 1 << 23))
_address_lock = threading.Lock()


def address_next() -> str:
    with _address_lock:
        number = next(_addresses) % ((1 << 24) - 2) + 1
    return f"10.{number >> 16 & 255}.{number >> 8 & 255}.{number & 255}"


@dataclass
class Sample:
    """One request: its kind ("comment", "vote", "state" …), how long it took from sending
    to the last byte, and how it ended ("ok", "refused:<code>", "error:<status or reason>")."""

    kind: str
    seconds: float
    status: int
    outcome: str


@dataclass
class Ack:
    """A write the server acknowledged: the database must hold it exactly once."""

    kind: str  # "comment", "vote", "view"
    article_id: int
    address: str
    comment_id: int | None = None
    body: str = ""
    published: bool = False
    poll_id: int | None = None
    answer_id: int | None = None


@dataclass
class Recorder:
    """Samples and acknowledgements of all clients (list.append is atomic under the GIL)."""

    samples: list[Sample] = field(default_factory=list)
    acks: list[Ack] = field(default_factory=list)
    # Writes whose answer never came (timeout, dropped connection): they may or may not be
    # stored, and are reported apart from lost ones.
    unanswered: list[dict] = field(default_factory=list)


class Connection:
    """One keep-alive connection (reopened when the server closes it: gunicorn's sync
    workers close after every answer, Varnish keeps the connection)."""

    def __init__(self, base_url: str):
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port or 80
        if self.host not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError(f"the load client only talks to this machine, not {self.host}")
        self.origin = f"http://{parts.netloc}"
        self._connection = None

    def request(self, method, path, *, body=None, headers=None):
        """(status, headers, body bytes, seconds); OSError and HTTPException pass on."""
        if self._connection is None:
            self._connection = http.client.HTTPConnection(self.host, self.port, timeout=TIMEOUT)
        started = time.perf_counter()
        try:
            self._connection.request(method, path, body=body, headers=headers or {})
            response = self._connection.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException):
            self.close()
            raise
        seconds = time.perf_counter() - started
        if response.will_close:
            self.close()
        return response.status, response.headers, data, seconds

    def close(self):
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class GuestReader:
    """One guest reader with a browser of their own (see the module's docstring)."""

    def __init__(self, base_url: str, recorder: Recorder, *, address: str | None = None):
        self.connection = Connection(base_url)
        self.recorder = recorder
        self.address = address or address_next()
        self.cookies: dict[str, str] = {}
        self.csrf_token = ""
        self.voted: set[int] = set()
        self.writes = 0  # for the caller: how many writes this reader tried

    # -- HTTP --------------------------------------------------------------------------------

    def _send(self, kind, method, path, *, form=None, accept="application/json"):
        """One request as this reader's browser sends it. Returns (status, headers, body)
        or None when no answer came (recorded as an error)."""
        headers = {
            "User-Agent": BROWSER,
            "Accept": accept,
            "Accept-Encoding": "gzip" if accept == "text/html" else "identity",
            "X-Forwarded-For": self.address,
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if method == "POST":
            headers["Origin"] = self.connection.origin
            if self.csrf_token:
                headers["X-CSRFToken"] = self.csrf_token
            body = urlencode(form or {})
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            status, response_headers, data, seconds = self.connection.request(
                method, path, body=body, headers=headers
            )
        except (OSError, http.client.HTTPException) as error:
            self.recorder.samples.append(Sample(kind, 0.0, 0, f"error:{type(error).__name__}"))
            return None
        for header in response_headers.get_all("Set-Cookie") or []:
            # The site's cookies are Secure (it runs on HTTPS); here the bench is the browser.
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        self._last_seconds = seconds
        return status, response_headers, data

    def _record(self, kind, status, outcome):
        self.recorder.samples.append(Sample(kind, self._last_seconds, status, outcome))

    @staticmethod
    def _json(data: bytes) -> dict:
        try:
            value = json.loads(data)
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def _refusal(self, kind, status, data) -> str:
        outcome = _classify(status, self._json(data))
        self._record(kind, status, outcome)
        return outcome

    # -- What the page's scripts do ------------------------------------------------------------

    def page(self, path: str, kind: str = "page") -> bool:
        answer = self._send(kind, "GET", path, accept="text/html")
        if answer is None:
            return False
        status = answer[0]
        self._record(kind, status, "ok" if status == 200 else f"error:{status}")
        return status == 200

    def state(self, article_id: int) -> bool:
        """engagement.js: fresh counts and the CSRF token the writes need."""
        answer = self._send("state", "GET", f"/engagement/articles/{article_id}/")
        if answer is None:
            return False
        status, _headers, data = answer
        token = self._json(data).get("csrf_token", "") if status == 200 else ""
        if token:
            self.csrf_token = token
            self._record("state", status, "ok")
            return True
        self._refusal("state", status, data)
        return False

    def view(self, article_id: int) -> str:
        """The view beacon; "counted", "not_counted" or an error outcome."""
        answer = self._send("view", "POST", f"/engagement/articles/{article_id}/view/")
        if answer is None:
            return "error"
        status, headers, data = answer
        if status != 204:
            return self._refusal("view", status, data)
        counted = headers.get(VIEW_COUNTED_HEADER) == "1"
        self._record("view", status, "ok")
        if counted:
            self.recorder.acks.append(Ack("view", article_id, self.address))
        return "counted" if counted else "not_counted"

    def comment(self, article_id: int, body: str) -> str:
        """comments.js: challenge, proof of work, post. Returns the outcome."""
        if not self.csrf_token and not self.state(article_id):
            return "error:state"
        answer = self._send("challenge", "GET", "/engagement/comments/challenge/")
        if answer is None:
            return "error:challenge"
        status, _headers, data = answer
        challenge = self._json(data)
        if status != 200 or "salt" not in challenge:
            return self._refusal("challenge", status, data)
        self._record("challenge", status, "ok")
        solved = time.perf_counter()
        solution = challenge_solve(challenge)
        self.recorder.samples.append(
            Sample("solve (client)", time.perf_counter() - solved, 0, "ok")
        )
        form = {"body": body, "parent": "", "website": "", "altcha": solution}
        path = f"/engagement/articles/{article_id}/comments/"
        answer = self._send("comment", "POST", path, form=form)
        if answer is None:
            self.recorder.unanswered.append({"kind": "comment", "body": body})
            return "error:no_answer"
        status, _headers, data = answer
        comment = self._json(data).get("comment") or {}
        if status == 201 and isinstance(comment.get("id"), int):
            self._record("comment", status, "ok")
            self.recorder.acks.append(
                Ack(
                    "comment",
                    article_id,
                    self.address,
                    comment_id=comment["id"],
                    body=body,
                    published=bool(comment.get("published")),
                )
            )
            return "ok"
        return self._refusal("comment", status, data)

    def vote(self, poll_id: int, answer_id: int, article_id: int) -> str:
        """polls.js: one vote; the answer says which answer the server stored."""
        if not self.csrf_token and not self.state(article_id):
            return "error:state"
        form = {"answer": answer_id, "article": article_id}
        answer = self._send("vote", "POST", f"/engagement/polls/{poll_id}/vote/", form=form)
        self.voted.add(poll_id)
        if answer is None:
            self.recorder.unanswered.append({"kind": "vote", "poll": poll_id})
            return "error:no_answer"
        status, _headers, data = answer
        result = self._json(data)
        if status == 200 and result.get("ok") and result.get("voted") == answer_id:
            self._record("vote", status, "ok")
            self.recorder.acks.append(
                Ack("vote", article_id, self.address, poll_id=poll_id, answer_id=answer_id)
            )
            return "ok"
        return self._refusal("vote", status, data)

    def close(self):
        self.connection.close()


def write_once(reader: GuestReader, targets, rng, *, vote_share: float, comment_text: str) -> bool:
    """One write as the page's scripts send it: a vote in a poll the reader has not voted in
    yet (`vote_share` of the time, while there is one), else a comment on one of
    `targets.articles` with `comment_text`. Returns whether it was a comment."""
    polls = [p for p in targets.polls if p[0] not in reader.voted]
    if polls and rng.random() < vote_share:
        poll, answers, shown_in = rng.choice(polls)
        reader.vote(poll, rng.choice(answers), shown_in)
        return False
    reader.comment(rng.choice(targets.articles), comment_text)
    return True


def client_failed(recorder: Recorder, error: Exception) -> None:
    """A bug of the load client, not of the server: recorded (the first with its traceback),
    and the client keeps going."""
    recorder.samples.append(Sample("client", 0.0, 0, f"error:client:{error!r}"))
    if sum(1 for s in recorder.samples if s.kind == "client") == 1:
        traceback.print_exc()


class Budget:
    """At most `count` operations in all clients together (None: no limit)."""

    def __init__(self, count: int | None):
        self.left = count
        self.lock = threading.Lock()

    def take(self) -> bool:
        if self.left is None:
            return True
        with self.lock:
            self.left -= 1
            return self.left >= 0


def _classify(status: int, data: dict) -> str:
    """A refusal the product means (4xx with a message: rate limit, duplicate …) or an error
    (5xx, no JSON, nothing)."""
    if 400 <= status < 500 and data.get("ok") is False:
        code = data.get("code") or {409: "conflict", 429: "rate_limited", 403: "forbidden"}.get(
            status, str(status)
        )
        return f"refused:{code}"
    return f"error:{status}"


# -- Figures -----------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (share 0.5, 0.99) of `values`."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, math.ceil(share * len(ordered)) - 1))
    return ordered[index]


def summary(recorder: Recorder, seconds: float) -> dict:
    """Per kind: count, p50/p99/mean (ms, answered requests), outcomes; and the totals."""
    kinds: dict[str, dict] = {}
    for kind in dict.fromkeys(sample.kind for sample in recorder.samples):
        samples = [s for s in recorder.samples if s.kind == kind]
        # Requests that got an answer, and the client's own work (status 0, "ok").
        answered = [s.seconds for s in samples if s.status or s.outcome == "ok"]
        outcomes: dict[str, int] = {}
        for sample in samples:
            outcomes[sample.outcome] = outcomes.get(sample.outcome, 0) + 1
        kinds[kind] = {
            "requests": len(samples),
            "per_second": round(len(samples) / seconds, 1) if seconds else 0,
            "p50_ms": round(percentile(answered, 0.50) * 1000, 1),
            "p99_ms": round(percentile(answered, 0.99) * 1000, 1),
            "mean_ms": round(statistics.fmean(answered) * 1000, 1) if answered else 0,
            "ok": outcomes.get("ok", 0),
            "refused": sum(n for o, n in outcomes.items() if o.startswith("refused:")),
            "errors": sum(n for o, n in outcomes.items() if o.startswith("error:")),
            "outcomes": outcomes,
        }
    requests = [s for s in recorder.samples if s.kind != "solve (client)"]
    return {
        "seconds": round(seconds, 2),
        "requests": len(requests),
        "requests_per_second": round(len(requests) / seconds, 1) if seconds else 0,
        "errors": sum(1 for s in requests if s.outcome.startswith("error:")),
        "refused": sum(1 for s in requests if s.outcome.startswith("refused:")),
        "acknowledged": {
            kind: sum(1 for a in recorder.acks if a.kind == kind)
            for kind in ("comment", "vote", "view")
        },
        "unanswered_writes": len(recorder.unanswered),
        "kinds": kinds,
    }
