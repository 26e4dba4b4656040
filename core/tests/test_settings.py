import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _check(settings_module: str, **env) -> subprocess.CompletedProcess:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key
        not in (
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "DJANGO_SETTINGS_MODULE",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        )
    }
    environment.update(DJANGO_SETTINGS_MODULE=settings_module, **env)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


GOOD_KEY = "k" * 20 + "7Hq#pL2x!vZ9@mW4rT8&nB6yC1^dF3sJ0"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ALLOWED_HOSTS": "news.example.org"}, "SECRET_KEY must be set"),
        ({"SECRET_KEY": GOOD_KEY}, "ALLOWED_HOSTS must list"),
        ({"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "*"}, "ALLOWED_HOSTS must list"),
        ({"SECRET_KEY": "short", "ALLOWED_HOSTS": "news.example.org"}, "SECRET_KEY must be set"),
    ],
)
def test_production_refuses_to_start_without_secret_key_and_hosts(env, message):
    result = _check("depesche.settings.production", **env)
    assert result.returncode != 0
    assert message in result.stderr


def test_production_settings_pass_the_deploy_check():
    result = _check(
        "depesche.settings.production", SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="news.example.org"
    )
    assert result.returncode == 0, result.stderr


def test_an_unknown_language_is_refused():
    result = _check("depesche.settings.dev", DEPESCHE_LANGUAGE="xx")
    assert result.returncode != 0
    assert "DEPESCHE_LANGUAGE must be one of" in result.stderr


def _setting(name: str, **env) -> subprocess.CompletedProcess:
    ignored = ("DJANGO_SETTINGS_MODULE", "DEPESCHE_TASKS_BACKEND", "DEPESCHE_VARNISH_URLS")
    environment = {k: v for k, v in os.environ.items() if k not in ignored}
    environment.update(DJANGO_SETTINGS_MODULE="depesche.settings.dev", **env)
    return subprocess.run(  # noqa: S603 (this interpreter, a fixed program)
        [sys.executable, "-c", f"from django.conf import settings; print(settings.{name})"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_task_backend_is_chosen_by_the_environment():
    assert "ImmediateBackend" in _setting("TASKS").stdout
    result = _setting("TASKS", DEPESCHE_TASKS_BACKEND="database")
    assert "django_tasks_db.DatabaseBackend" in result.stdout, result.stderr
    refused = _setting("TASKS", DEPESCHE_TASKS_BACKEND="celery")
    assert refused.returncode != 0 and "DEPESCHE_TASKS_BACKEND must be one of" in refused.stderr


def test_the_varnish_addresses_come_from_the_environment():
    result = _setting(
        "DEPESCHE_VARNISH_URLS", DEPESCHE_VARNISH_URLS="http://cache-1:6081, http://cache-2:6081"
    )
    assert result.stdout.strip() == "['http://cache-1:6081', 'http://cache-2:6081']"
