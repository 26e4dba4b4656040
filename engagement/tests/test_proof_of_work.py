import base64
import json

from django.test import override_settings

from engagement.proof_of_work import (
    challenge_create,
    challenge_solve,
    solution_payload,
    solution_verify,
)


def test_a_solved_challenge_is_accepted_once():
    payload = challenge_solve(challenge_create())
    assert solution_verify(payload) is True
    assert solution_verify(payload) is False


def test_a_wrong_number_is_refused():
    challenge = challenge_create()
    right = json.loads(base64.b64decode(challenge_solve(challenge)))["number"]
    assert solution_verify(solution_payload(challenge, right + 1)) is False


def test_a_challenge_from_another_key_is_refused():
    with override_settings(SECRET_KEY="another-site-" * 5):
        foreign = challenge_solve(challenge_create())
    assert solution_verify(foreign) is False


def test_an_expired_challenge_is_refused():
    with override_settings(DEPESCHE_POW_EXPIRES_SECONDS=-10):
        payload = challenge_solve(challenge_create())
    assert solution_verify(payload) is False


@override_settings(DEPESCHE_POW_MAX_NUMBER=50)
def test_the_difficulty_comes_from_the_settings():
    challenge = challenge_create()
    assert challenge["maxnumber"] == 50 and challenge["algorithm"] == "SHA-256"


def test_garbage_is_refused_without_an_error():
    for payload in (None, "", "!!!", base64.b64encode(b"[1,2]").decode(), "x" * 5000):
        assert solution_verify(payload) is False
    challenge = challenge_create()
    tampered = json.loads(base64.b64decode(challenge_solve(challenge)))
    tampered["salt"] = tampered["salt"].replace("expires=", "expires=9")
    assert solution_verify(base64.b64encode(json.dumps(tampered).encode()).decode()) is False


@override_settings(DEPESCHE_POW_MAX_NUMBER=100_000)
def test_a_cheaper_challenge_for_the_sites_own_writers_is_checked_the_same_way():
    challenge = challenge_create(max_number=20)
    assert challenge["maxnumber"] == 20
    payload = challenge_solve(challenge)
    assert solution_verify(payload) is True
    assert solution_verify(payload) is False
