"""A self-hosted proof of work in the ALTCHA format (https://altcha.org/docs/proof-of-work/):
no third-party service, no cookie.

The server hands out a challenge: a random salt (with its expiry in it), the SHA-256 of the
salt followed by a secret number up to DEPESCHE_POW_MAX_NUMBER, and an HMAC signature of that
hash. The reader's browser tries numbers until the hash matches (`comments.js`, crypto.subtle)
and sends the solution with its comment. Checking it costs the server one hash and one HMAC;
finding it costs a browser up to DEPESCHE_POW_MAX_NUMBER hashes, which is nothing for one
comment and a lot for ten thousand. The PyPI `altcha` library creates and verifies; each
solution is accepted once (its signature is remembered in the shared cache until it expires).
"""

import base64
import hashlib
import json
from datetime import timedelta

import altcha
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

ALGORITHM = "SHA-256"


def _hmac_key() -> str:
    """A key of its own, derived from SECRET_KEY: a leaked challenge says nothing about it."""
    return hashlib.sha256(f"depesche.proof-of-work:{settings.SECRET_KEY}".encode()).hexdigest()


def challenge_create(*, max_number: int | None = None) -> dict:
    """A new challenge, as the browser's solver expects it. `max_number` makes it cheaper
    than DEPESCHE_POW_MAX_NUMBER for writers the site runs itself (the demo newsroom's
    readers, demo/engagement.py); the check is the same for every solution."""
    challenge = altcha.create_challenge_v1(
        algorithm=ALGORITHM,
        hmac_key=_hmac_key(),
        max_number=max_number or settings.DEPESCHE_POW_MAX_NUMBER,
        expires=timezone.now() + timedelta(seconds=settings.DEPESCHE_POW_EXPIRES_SECONDS),
    )
    return {
        "algorithm": challenge.algorithm,
        "challenge": challenge.challenge,
        "maxnumber": challenge.max_number,
        "salt": challenge.salt,
        "signature": challenge.signature,
    }


def solution_payload(challenge: dict, number: int) -> str:
    """The payload a browser sends for a solved challenge (base64 JSON, ALTCHA's format)."""
    data = {key: challenge[key] for key in ("algorithm", "challenge", "salt", "signature")}
    return base64.b64encode(json.dumps({**data, "number": number}).encode()).decode()


def challenge_solve(challenge: dict) -> str:
    """Solve a challenge as a browser would (tests, the load benchmark)."""
    for number in range(challenge["maxnumber"] + 1):
        digest = hashlib.sha256(f"{challenge['salt']}{number}".encode()).hexdigest()
        if digest == challenge["challenge"]:
            return solution_payload(challenge, number)
    raise ValueError("challenge has no solution")


def solution_verify(payload: str) -> bool:
    """Whether `payload` solves a challenge this site issued, which has not expired and was
    not used before. A correct solution is used up by this call."""
    if not isinstance(payload, str) or not payload or len(payload) > 2000:
        return False
    try:
        data = json.loads(base64.b64decode(payload, validate=True))
    except (ValueError, TypeError):
        return False
    if not isinstance(data, dict) or data.get("algorithm") != ALGORITHM:
        return False
    if not isinstance(data.get("number"), int) or not isinstance(data.get("salt"), str):
        return False
    ok, _error = altcha.verify_solution_v1(data, _hmac_key(), check_expires=True)
    if not ok:
        return False
    # Single use: the first request to present this signature wins.
    return cache.add(
        f"pow-used:{data['signature']}", 1, timeout=settings.DEPESCHE_POW_EXPIRES_SECONDS + 60
    )
