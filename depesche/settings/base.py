"""Settings shared by every set-up.

Every environment variable depesche reads is read here, in one place (the README's
configuration table lists them). The other modules only choose between values defined here;
no code path asks "am I in production?", it asks whether a service is configured
(DESIGN.md §2).
"""

import os
from pathlib import Path

import dj_database_url
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
if REDIS_URL:
    _cache = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    CACHES = {
        "default": {**_cache, "KEY_PREFIX": env("DEPESCHE_CACHE_PREFIX", "depesche")},
        # Wagtail looks rendition URLs up in this cache before it asks the database.
        # https://docs.wagtail.org/en/stable/advanced_topics/images/renditions.html#caching
        "renditions": {**_cache, "KEY_PREFIX": env("DEPESCHE_CACHE_PREFIX", "depesche") + "-r"},
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
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
    "discovery",
    "demo",
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
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "depesche.urls"
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
                "core.context_processors.site",
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

# -- Language and time: German (Switzerland) first, translatable (DESIGN.md §6) -----------------
LANGUAGE_CODE = env("DEPESCHE_LANGUAGE", "de-ch").lower()
LANGUAGES = [("de-ch", _("German (Switzerland)")), ("en", _("English"))]
if LANGUAGE_CODE not in dict(LANGUAGES):
    raise ImproperlyConfigured(
        f"DEPESCHE_LANGUAGE must be one of {', '.join(dict(LANGUAGES))}, not {LANGUAGE_CODE!r}"
    )
# Pages keep the locale they were created in; listing both languages keeps the page tree
# working when the reader language is switched on an existing database.
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# Swiss number and date formats (10'000, 25.11.2026) override Django's de_CH defaults.
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
        "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage",
    },
}

# -- Wagtail -------------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = env("DEPESCHE_SITE_NAME", "depesche")
WAGTAILADMIN_BASE_URL = env("DEPESCHE_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "images.NewsImage"
# Wagtail's database backend: PostgreSQL's full-text search with the German configuration
# (stemming: "Bauarbeit" finds "Bauarbeiten"), SQLite's FTS5 on the embedded default (no stemming;
# SEARCH_CONFIG is read by the PostgreSQL backend only). After changing SEARCH_CONFIG, run
# `manage.py update_index`.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "german"}
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False  # "zuerich", not "zürich": URLs readers can type
WAGTAIL_ENABLE_UPDATE_CHECK = False  # no calls home: the newsroom may be offline
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

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
DEPESCHE_CACHE_MAX_AGE = env_int("DEPESCHE_CACHE_MAX_AGE", 30)
DEPESCHE_CACHE_STALE_WHILE_REVALIDATE = env_int("DEPESCHE_CACHE_STALE_WHILE_REVALIDATE", 300)
DEPESCHE_CACHE_STALE_IF_ERROR = env_int("DEPESCHE_CACHE_STALE_IF_ERROR", 86_400)
# Datelines read "vor 2 Stunden" for this many hours after publishing, then show the date.
DEPESCHE_RELATIVE_TIME_HOURS = env_int("DEPESCHE_RELATIVE_TIME_HOURS", 6)
# Production only (production.py): HTTPS behind the proxy.
DEPESCHE_SSL_REDIRECT = env("DEPESCHE_SSL_REDIRECT", "true").lower() == "true"
DEPESCHE_HSTS_SECONDS = env_int("DEPESCHE_HSTS_SECONDS", 31_536_000)

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
    },
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
