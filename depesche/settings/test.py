"""The test suite: fast hashing, in-memory caches unless REDIS_URL asks for Redis."""

import atexit
import secrets
import shutil
import tempfile

from .base import *  # noqa: F403
from .base import CACHES, DATABASES, REDIS_URL

SECRET_KEY = secrets.token_urlsafe(50)
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="depesche-test-media-")
atexit.register(shutil.rmtree, MEDIA_ROOT, ignore_errors=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# The browser tests' live server answers from other threads: their connections must close
# after each request, or the test database cannot be dropped at the end.
DATABASES["default"]["CONN_MAX_AGE"] = 0

if REDIS_URL:
    # Each run gets its own key space, so runs never see each other's cached renditions.
    _prefix = "depesche-test-" + secrets.token_hex(4)
    CACHES = {
        alias: {**config, "KEY_PREFIX": f"{_prefix}-{alias}"} for alias, config in CACHES.items()
    }
    DEPESCHE_REDIS_PREFIX = _prefix

DEPESCHE_SERVE_MEDIA = True
# Proof of work: a few hundred hashes, so that browser tests solve it at once.
DEPESCHE_POW_MAX_NUMBER = 500

# Only warnings and errors: Wagtail logs every page created and published at INFO.
LOGGING = {**LOGGING, "root": {**LOGGING["root"], "level": "WARNING"}}  # noqa: F405

# Static files come from the apps' folders (no collectstatic before the tests).
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
