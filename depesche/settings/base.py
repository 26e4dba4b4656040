"""Settings shared by every set-up.

Every environment variable depesche reads is read here, in one place (the README's
configuration table lists them). The other modules only choose between values defined here;
no code path asks "am I in production?", it asks whether a service is configured
(docs/design.md §2).
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "depesche"


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    raw = env(name)
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}") from None


SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
DEBUG = False

# -- Database: SQLite in WAL mode by default, PostgreSQL through DATABASE_URL -----------------
VAR_DIR = Path(env("DEPESCHE_VAR_DIR", str(BASE_DIR / "var")))
DATABASE_URL = env("DATABASE_URL")
if not DATABASE_URL:
    VAR_DIR.mkdir(parents=True, exist_ok=True)  # SQLite creates the file, not its folder
    DATABASE_URL = f"sqlite:///{VAR_DIR / 'depesche.sqlite3'}"
# Persistent connections (each thread keeps its own), checked before reuse.
DATABASES = {
    "default": dj_database_url.parse(DATABASE_URL, conn_max_age=600, conn_health_checks=True)
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database that does not answer fails the request within seconds (libpq waits forever
    # by default), and core.middleware answers 503: Varnish then serves its stale copy.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 3)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers go on while a writer commits; IMMEDIATE takes the write lock at BEGIN
    # so that concurrent writers queue instead of failing with "database is locked".
    # https://docs.djangoproject.com/en/5.2/ref/databases/#sqlite-notes
    DATABASES["default"]["OPTIONS"] = {
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;"
        ),
        "transaction_mode": "IMMEDIATE",
    }

# -- Cache: Redis through REDIS_URL, else in-process --------------------------------------------
REDIS_URL = env("REDIS_URL")
# Keys depesche writes to Redis itself (view counters) start with this.
DEPESCHE_REDIS_PREFIX = env("DEPESCHE_CACHE_PREFIX", "depesche")
# Redis down is a cache miss, not a 500 (core.cache); a Redis that hangs fails within a second.
REDIS_OPTIONS = {"socket_connect_timeout": 0.5, "socket_timeout": 1}
if REDIS_URL:
    _cache = {
        "BACKEND": "core.cache.ForgivingRedisCache",
        "LOCATION": REDIS_URL,
        "OPTIONS": REDIS_OPTIONS,
    }
    CACHES = {
        "default": {**_cache, "KEY_PREFIX": env("DEPESCHE_CACHE_PREFIX", "depesche")},
        # Wagtail looks rendition URLs up in this cache before it asks the database.
        # https://docs.wagtail.org/en/stable/advanced_topics/images/renditions.html#caching
        "renditions": {**_cache, "KEY_PREFIX": env("DEPESCHE_CACHE_PREFIX", "depesche") + "-r"},
    }
else:
    CACHES = {
        # Kept fragments (core.fragments) are a teaser per article and a version per tag:
        # Django's default of 300 entries would drop them while a page is being put together.
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        },
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "renditions",
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        },
    }

# -- Applications --------------------------------------------------------------------------------
INSTALLED_APPS = [
    "core",
    "home",
    "articles",
    "taxonomy",
    "authors",
    "images",
    "engagement",
    "polls",
    "comments",
    "accounts",
    "discovery",
    "demo",
    "distribution",
    "tickers",
    "ingest",
    "reader",
    "wagtail.api.v2",
    "edge",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # Background work: django-tasks; its database backend's tables exist in every set-up, the
    # backend in use is chosen by DEPESCHE_TASKS_BACKEND (docs/design.md §2).
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "allauth",
    "allauth.account",
    "axes",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # TRACE, CONNECT and made-up methods: 405 on every URL, before anything else runs.
    "core.middleware.MethodsMiddleware",
    # Static files with hashed names, pre-compressed, cached for a year (docs/operations.md).
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # WordPress's short links (/?p=123) of a migrated site: / is no 404 (docs/ingest.md).
    "ingest.middleware.ShortlinkRedirectMiddleware",
    # Touches neither the session nor the user unless an account page asks: public pages stay
    # cookieless.
    "allauth.account.middleware.AccountMiddleware",
    # Sets the header's «logged in» cookie on a login's response, removes it on a logout's.
    "accounts.middleware.MemberCookieMiddleware",
    # PostgreSQL down: 503 with Retry-After, and Varnish serves its stale copy.
    "core.middleware.DatabaseUnavailableMiddleware",
    # Content-Security-Policy (readers' and the newsroom's) and Permissions-Policy.
    "core.security.SecurityHeadersMiddleware",
    # A refusal (core.errors.Refused) raised by any view becomes its answer here.
    "core.middleware.RefusedMiddleware",
    # The content generation, read before a view loads a page (core.fragments).
    "core.middleware.ContentGenerationMiddleware",
    # The site and the page of a request to Wagtail's serve view, in one query (reader.routing).
    "reader.routing.PageRouteMiddleware",
    # Last, as django-axes asks: turns a login attempt it refused into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "depesche.urls"
# The engagement endpoints answer a missing CSRF token in JSON the page can show.
CSRF_FAILURE_VIEW = "comments.views.csrf_failure"
WSGI_APPLICATION = "depesche.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "reader.context_processors.site",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# -- Reader accounts: django-allauth, e-mail address and verification link ------------------------
# https://docs.allauth.org/en/latest/account/configuration.html
AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out name and address before a password is checked (below).
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",  # the newsroom logs in with user names
    "allauth.account.auth_backends.AuthenticationBackend",
]
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupForm"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False  # a mail scanner following the link must not confirm
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_EMAIL_SUBJECT_PREFIX = f"[{env('DEPESCHE_SITE_NAME', 'depesche')}] "
# allauth's own limit on failed logins also counts per e-mail address alone, which would let
# anyone lock a reader out by name: only its per-address part stays; django-axes locks out
# (below). allauth reads the address through accounts.adapter (DEPESCHE_TRUSTED_PROXIES).
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip"}
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
# E-mails (verification links, password resets): printed to the console unless a backend is
# configured, e.g. DEPESCHE_EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend.
EMAIL_BACKEND = env("DEPESCHE_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env("DEPESCHE_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("DEPESCHE_EMAIL_PORT", 25)
EMAIL_HOST_USER = env("DEPESCHE_EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("DEPESCHE_EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env("DEPESCHE_EMAIL_USE_TLS", "false").lower() == "true"
DEFAULT_FROM_EMAIL = env("DEPESCHE_EMAIL_FROM", "depesche <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# -- Language and time: German (Switzerland) first, translatable (docs/design.md §6) ------------
# The reader site speaks one language, chosen here; its strings come from locale/<language>/ (the
# site's own msgids are English, so English needs no catalogue), its dates and numbers from
# depesche/formats/ (Swiss forms: 10'000, 7. Dezember 2026, 14:05). Wagtail's admin follows
# each editor's own choice and defaults to this one.
LANGUAGES = [
    ("de-ch", _("German (Switzerland)")),
    ("fr-ch", _("French (Switzerland)")),
    ("it-ch", _("Italian (Switzerland)")),
    ("en", _("English")),
]
# "fr_CH", "FR-ch" and a bare "fr" name the same language.
LANGUAGE_CODE = env("DEPESCHE_LANGUAGE", "de-ch").lower().replace("_", "-")
LANGUAGE_CODE = {"de": "de-ch", "fr": "fr-ch", "it": "it-ch"}.get(LANGUAGE_CODE, LANGUAGE_CODE)
if LANGUAGE_CODE not in dict(LANGUAGES):
    raise ImproperlyConfigured(
        f"DEPESCHE_LANGUAGE must be one of {', '.join(dict(LANGUAGES))}, not {LANGUAGE_CODE!r}"
    )
# Pages keep the locale they were created in; listing both languages keeps the page tree
# working when the reader language is switched on an existing database.
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# Swiss number and date formats (10'000, 25.11.2026) override Django's defaults per language.
FORMAT_MODULE_PATH = ["depesche.formats"]
TIME_ZONE = env("DEPESCHE_TIME_ZONE", "Europe/Zurich")
USE_I18N = True
USE_TZ = True

# -- Static and media files ----------------------------------------------------------------------
STATIC_URL = env("DEPESCHE_STATIC_URL", "/static/")
STATIC_ROOT = Path(env("DEPESCHE_STATIC_ROOT", str(VAR_DIR / "static")))
MEDIA_URL = env("DEPESCHE_MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env("DEPESCHE_MEDIA_ROOT", str(VAR_DIR / "media")))
# Let Django serve MEDIA_URL itself (development, tests); production leaves it to the web server.
DEPESCHE_SERVE_MEDIA = env("DEPESCHE_SERVE_MEDIA", "false").lower() == "true"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}

# -- Security headers (core.security, docs/operations.md «Security headers») ---------------------
# Reader pages: scripts only from the site, no inline script; styles from the site plus the
# inlined stylesheets, allowed by their hash (core.security adds them). Static files or media
# on another host (an absolute DEPESCHE_STATIC_URL or DEPESCHE_MEDIA_URL, e.g. a CDN) are
# allowed by that host's origin. Videos in articles may be files on any https host; they load
# only when the reader plays them.
_external_origins = {
    kind: [f"{url.scheme}://{url.netloc}"] if url.netloc else []
    for kind, url in (("static", urlsplit(STATIC_URL)), ("media", urlsplit(MEDIA_URL)))
}
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, *_external_origins["static"]],
        "style-src": [SELF, *_external_origins["static"]],
        # data: for the favicon (base.html)
        "img-src": [SELF, "data:", *_external_origins["media"], *_external_origins["static"]],
        "media-src": [SELF, "https:", *_external_origins["media"]],
        "font-src": [SELF, *_external_origins["static"]],
        "connect-src": [SELF],
        "object-src": [NONE],
        "frame-src": [NONE],
        "worker-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Wagtail's admin (8.0) still has inline scripts (page and snippet editors, history, users)
# and inline event handlers (the image focal point's Jcrop), and its components set inline
# styles: 'unsafe-inline' for both, here only. It previews pages in a frame of its own.
DEPESCHE_CSP_NEWSROOM_PATHS = ["/admin/"]
DEPESCHE_CSP_NEWSROOM_DIRECTIVES = {
    "default-src": [SELF],
    "script-src": [SELF, UNSAFE_INLINE, *_external_origins["static"]],
    "style-src": [SELF, UNSAFE_INLINE, *_external_origins["static"]],
    "img-src": [SELF, "data:", "blob:", *_external_origins["media"], *_external_origins["static"]],
    "media-src": [SELF, "https:", "blob:", *_external_origins["media"]],
    "font-src": [SELF, "data:", *_external_origins["static"]],
    "connect-src": [SELF],
    "object-src": [NONE],
    "frame-src": [SELF],
    "worker-src": [SELF, "blob:"],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}
# Templates that pages include inside <style> (their hashes join the readers' style-src).
DEPESCHE_CSP_INLINE_STYLES = ["css/site.css", "css/error.css"]
# Browser features the site does not use, denied to it and to anything it embeds.
DEPESCHE_PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer", "browsing-topics", "camera", "display-capture", "geolocation",
        "gyroscope", "hid", "idle-detection", "magnetometer", "microphone", "midi", "payment",
        "serial", "usb", "xr-spatial-tracking",
    )
)  # fmt: skip
# The admin's user pictures: none from a third party (gravatar), like the update check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# -- Background tasks ----------------------------------------------------------------------------
# "immediate": run in the request, after the commit (the embedded default, tests); "database":
# stored in PostgreSQL/SQLite and run by `manage.py db_worker` (production).
# https://github.com/RealOrangeOne/django-tasks
_TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
DEPESCHE_TASKS_BACKEND = env("DEPESCHE_TASKS_BACKEND", "immediate").lower()
if DEPESCHE_TASKS_BACKEND not in _TASK_BACKENDS:
    raise ImproperlyConfigured(
        f"DEPESCHE_TASKS_BACKEND must be one of {', '.join(_TASK_BACKENDS)}, "
        f"not {DEPESCHE_TASKS_BACKEND!r}"
    )
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[DEPESCHE_TASKS_BACKEND]}}

# -- Wagtail -------------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = env("DEPESCHE_SITE_NAME", "depesche")
WAGTAILADMIN_BASE_URL = env("DEPESCHE_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "images.NewsImage"
# Wagtail's database backend: PostgreSQL's full-text search with the German configuration
# (stemming: "Bauarbeit" finds "Bauarbeiten"), SQLite's FTS5 on the embedded default (stemmed
# by depesche: articles.models.STEMMED_SEARCH_FIELD; SEARCH_CONFIG is read by the PostgreSQL
# backend only). After changing SEARCH_CONFIG or the database, run `manage.py update_index`.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "german"}
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False  # "zuerich", not "zürich": URLs readers can type
WAGTAIL_ENABLE_UPDATE_CHECK = False  # no calls home: the newsroom may be offline
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# The read-only API (distribution.api): at most this many items per request.
WAGTAILAPI_LIMIT_MAX = 100

# Serve every rendition as WebP when the installed Pillow can write it ("WebP where Willow can").
try:
    from PIL import features as _pil_features

    WEBP = bool(_pil_features.check("webp"))
except ImportError:  # pragma: no cover - Pillow is a dependency of Wagtail
    WEBP = False
if WEBP:
    WAGTAILIMAGES_FORMAT_CONVERSIONS = {"jpeg": "webp", "png": "webp", "gif": "webp", "bmp": "webp"}

# -- depesche ------------------------------------------------------------------------------------
# Shared caches (Varnish, a CDN) keep public pages this long; readers' browsers a shorter time.
DEPESCHE_CACHE_S_MAXAGE = env_int("DEPESCHE_CACHE_S_MAXAGE", 60)
# The app keeps rendered fragments this long at most; a change renews them at once
# (core.fragments), so this only bounds the memory they take in Redis.
DEPESCHE_KEPT_SECONDS = env_int("DEPESCHE_KEPT_SECONDS", 3600)
DEPESCHE_CACHE_MAX_AGE = env_int("DEPESCHE_CACHE_MAX_AGE", 30)
DEPESCHE_CACHE_STALE_WHILE_REVALIDATE = env_int("DEPESCHE_CACHE_STALE_WHILE_REVALIDATE", 300)
DEPESCHE_CACHE_STALE_IF_ERROR = env_int("DEPESCHE_CACHE_STALE_IF_ERROR", 86_400)
# Per page type (core.http.cache_policy): the home page and articles younger than
# DEPESCHE_CACHE_FRESH_HOURS change by the second, older articles by the hour; listings use the
# two values above. Varnish is purged on every change (edge app), other caches are not.
DEPESCHE_CACHE_FRONT_SECONDS = env_int("DEPESCHE_CACHE_FRONT_SECONDS", 10)
DEPESCHE_CACHE_ARCHIVE_SECONDS = env_int("DEPESCHE_CACHE_ARCHIVE_SECONDS", 600)
DEPESCHE_CACHE_FRESH_HOURS = env_int("DEPESCHE_CACHE_FRESH_HOURS", 24)
# Live tickers (docs/distribution.md, «Live ticker updates»): how long caches keep
# /live/<id>/updates (purged on every entry), and the shortest interval open pages poll at.
DEPESCHE_TICKER_CACHE_SECONDS = env_int("DEPESCHE_TICKER_CACHE_SECONDS", 2)
DEPESCHE_TICKER_MIN_POLL_SECONDS = env_int("DEPESCHE_TICKER_MIN_POLL_SECONDS", 2)
# The Varnish instances to purge on change: their addresses, comma-separated
# (e.g. http://127.0.0.1:6081). Empty: no edge cache, nothing to purge.
DEPESCHE_VARNISH_URLS = env_list("DEPESCHE_VARNISH_URLS")
DEPESCHE_PURGE_TIMEOUT = env_int("DEPESCHE_PURGE_TIMEOUT", 2)
# `manage.py run_scheduler` looks for due go-lives and expiries this often (docs/operations.md):
# a go-live reaches readers within this and the purge.
DEPESCHE_SCHEDULER_SECONDS = env_int("DEPESCHE_SCHEDULER_SECONDS", 15)
# Datelines read "vor 2 Stunden" for this many hours after publishing, then show the date.
DEPESCHE_RELATIVE_TIME_HOURS = env_int("DEPESCHE_RELATIVE_TIME_HOURS", 6)
# Proxies in front of the app that append the client's address to X-Forwarded-For (Varnish,
# a load balancer): the reader's address for rate limits is the one the outermost of them saw.
DEPESCHE_TRUSTED_PROXIES = env_int("DEPESCHE_TRUSTED_PROXIES", 0)
# Votes per poll from one address in an hour (a household, an office, a school share one).
DEPESCHE_POLL_VOTES_PER_ADDRESS = env_int("DEPESCHE_POLL_VOTES_PER_ADDRESS", 30)
# Every reader rate limit (comments, reactions, reports, votes per address) is multiplied by
# this: 1 on a real site; a load benchmark raises it to measure accepted writes, not refusals.
DEPESCHE_RATE_LIMIT_FACTOR = env_int("DEPESCHE_RATE_LIMIT_FACTOR", 1)
if DEPESCHE_RATE_LIMIT_FACTOR < 1:
    raise ImproperlyConfigured("DEPESCHE_RATE_LIMIT_FACTOR must be 1 or more")
# Views one address can add to one article in an hour (VIEWS_PER_ADDRESS_SECONDS in
# engagement.counters), on top of one view per reader and hour: rotating the User-Agent or the
# cookie does not add more. Multiplied by DEPESCHE_RATE_LIMIT_FACTOR like every reader limit.
DEPESCHE_VIEWS_PER_ADDRESS = env_int("DEPESCHE_VIEWS_PER_ADDRESS", 10)
if DEPESCHE_VIEWS_PER_ADDRESS < 1:
    raise ImproperlyConfigured("DEPESCHE_VIEWS_PER_ADDRESS must be 1 or more")
# With Redis, views are counted there and written to the database this often.
DEPESCHE_VIEWS_FLUSH_SECONDS = env_int("DEPESCHE_VIEWS_FLUSH_SECONDS", 5)
# Comments (comments.pipeline): guests' comments wait for a moderator unless this is false; the
# proof-of-work challenge's difficulty (the largest number a browser may have to try) and how
# long a challenge stays valid.
DEPESCHE_COMMENTS_PREMODERATE_GUESTS = (
    env("DEPESCHE_COMMENTS_PREMODERATE_GUESTS", "true").lower() == "true"
)
DEPESCHE_POW_MAX_NUMBER = env_int("DEPESCHE_POW_MAX_NUMBER", 100_000)
DEPESCHE_POW_EXPIRES_SECONDS = env_int("DEPESCHE_POW_EXPIRES_SECONDS", 1200)
# Production only (production.py): HTTPS behind the proxy.
DEPESCHE_SSL_REDIRECT = env("DEPESCHE_SSL_REDIRECT", "true").lower() == "true"
DEPESCHE_HSTS_SECONDS = env_int("DEPESCHE_HSTS_SECONDS", 31_536_000)

# -- Login lock-out: django-axes, for the admin's and the readers' login ------------------------
# DEPESCHE_LOGIN_FAILURE_LIMIT failed logins with one name from one address lock that name out
# at that address for DEPESCHE_LOGIN_COOLOFF_MINUTES; each further attempt meanwhile starts the
# wait anew, a successful login resets the count (docs/operations.md «Login lock-out»).
# The counts are rows in the database in both set-ups, not Redis: the forgiving Redis cache
# would stop counting while Redis is down, and an operator unlocks and lists them by name.
# https://django-axes.readthedocs.io/en/latest/4_configuration.html
DEPESCHE_LOGIN_FAILURE_LIMIT = env_int("DEPESCHE_LOGIN_FAILURE_LIMIT", 5)
DEPESCHE_LOGIN_COOLOFF_MINUTES = env_int("DEPESCHE_LOGIN_COOLOFF_MINUTES", 15)
if DEPESCHE_LOGIN_FAILURE_LIMIT < 1 or DEPESCHE_LOGIN_COOLOFF_MINUTES < 1:
    raise ImproperlyConfigured(
        "DEPESCHE_LOGIN_FAILURE_LIMIT and DEPESCHE_LOGIN_COOLOFF_MINUTES must be 1 or more"
    )
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = DEPESCHE_LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = timedelta(minutes=DEPESCHE_LOGIN_COOLOFF_MINUTES)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "engagement.identity.client_ip"
AXES_USERNAME_CALLABLE = "accounts.lockout.login_name"
AXES_CLIENT_STR_CALLABLE = "accounts.lockout.client_description"
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
# No row per successful login: it would keep every reader's address for good.
AXES_DISABLE_ACCESS_LOG = True
# Its pages are for Django's admin, which depesche does not run (Wagtail's admin lists them).
AXES_ENABLE_ADMIN = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("DEPESCHE_LOG_LEVEL", "INFO")},
    "loggers": {
        # Django's own console handler would print every request line a second time.
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.db.backends": {"level": "INFO"},
        # Wagtail 8 runs search and reference index updates as tasks and logs each one.
        "django_tasks": {"level": "WARNING"},
        # django-axes logs each failed login and each lock-out at WARNING (the name and the
        # address's hash: accounts.lockout); its INFO lines (clean-ups, every successful login)
        # are left out.
        "axes": {"level": "WARNING"},
    },
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
