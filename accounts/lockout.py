"""Logins that resist guessing: django-axes as depesche configures it (settings «Login
lock-out», docs/operations.md «Login lock-out»).

Axes counts failed logins of the newsroom (/admin/login/) and of readers (/konto/login/) by the
name typed and the address together, so that nobody at another address can lock a reader out
by knowing their e-mail address. These are the callables its settings name.
https://django-axes.readthedocs.io/en/latest/4_configuration.html
"""

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers

from engagement.identity import ip_digest

# The login forms' name fields: Wagtail's admin («username») and allauth's («login»).
LOGIN_FIELDS = ("login", "username")


def login_name(request, credentials: dict | None) -> str | None:
    """The name a login attempt is counted under (AXES_USERNAME_CALLABLE): what was typed into
    the login form, else what was passed to `authenticate`.

    The typed name comes first so that a failure and the success after it count under the same
    name: axes resets the count on success with the account's user name, which for readers is
    not the e-mail address they log in with. Lower case and trimmed, so that «Anna@…» and
    «anna@…» are one name."""
    data = getattr(request, "POST", None) or {}
    typed = next((data[field] for field in LOGIN_FIELDS if data.get(field)), None)
    if not typed and credentials:
        typed = credentials.get("email") or credentials.get("username")
    if not typed or not isinstance(typed, str):
        return None
    # NUL cannot be stored in PostgreSQL; axes keeps 255 characters.
    return typed.replace("\0", "").strip().lower()[:255] or None


def client_description(username, ip_address, user_agent, path_info, request) -> str:
    """How axes names a client in its log lines (AXES_CLIENT_STR_CALLABLE): the name and the
    address's keyed hash (engagement.identity.ip_digest, as comments and votes store it), never
    the address itself."""
    if isinstance(path_info, list | tuple):
        path_info = path_info[0]
    address = ip_digest(ip_address) if ip_address else "-"
    return f'{{username: "{username}", address_hash: "{address}", path_info: "{path_info}"}}'


def lockout_response(request, original_response=None, credentials=None):
    """The answer to a login attempt while its name and address are locked out
    (AXES_LOCKOUT_CALLABLE): 429 with Retry-After, a page in the newsroom's look for the admin
    and in the site's look for readers, never cached."""
    minutes = settings.DEPESCHE_LOGIN_COOLOFF_MINUTES
    admin = request.path.startswith(reverse("wagtailadmin_home"))
    template = "accounts/lockout_admin.html" if admin else "accounts/lockout.html"
    response = render(request, template, {"minutes": minutes}, status=429)
    response["Retry-After"] = str(minutes * 60)
    add_never_cache_headers(response)
    return response
