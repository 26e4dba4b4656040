"""Production: the same code, configured by environment variables only.

Refuses to start without SECRET_KEY and ALLOWED_HOSTS: no generated fallback, no "*".
`manage.py check --deploy` passes with these settings.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, DEPESCHE_HSTS_SECONDS, DEPESCHE_SSL_REDIRECT, SECRET_KEY

if not SECRET_KEY or len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("SECRET_KEY must be set to a random string of 50 or more characters")
if not ALLOWED_HOSTS or "*" in ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must list the site's host names (no '*')")

DEBUG = False
# Behind Varnish or another proxy that terminates TLS and sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = DEPESCHE_SSL_REDIRECT
# Varnish's health probe talks plain HTTP to the app server (docs/operations.md).
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = DEPESCHE_HSTS_SECONDS
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# ".example.org" in ALLOWED_HOSTS means the domain and its subdomains.
CSRF_TRUSTED_ORIGINS = [
    f"https://*{host}" if host.startswith(".") else f"https://{host}" for host in ALLOWED_HOSTS
]
