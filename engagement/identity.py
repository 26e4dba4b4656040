"""Who is writing: an account, a guest browser, and the address the request came from.

Every reader write (comment, vote, reaction, report, view) starts here. Public pages never
touch any of this: the guest cookie is set only by a write that needs it (docs/design.md §3).
"""

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta
from ipaddress import ip_address

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from engagement.models import Guest

GUEST_COOKIE = "depesche_guest"
# «Logged in» for the header's script on cached pages (engagement.js): set at login, removed
# at logout, readable by scripts. It only chooses which links the header shows; nothing on
# the server trusts it (the session decides who a reader is).
MEMBER_COOKIE = "depesche_member"
GUEST_COOKIE_SALT = "depesche.engagement.guest"
GUEST_COOKIE_AGE = 2 * 365 * 86400
GUEST_NUMBERS = (1000, 9_999_999)
# Accounts younger than this get the guests' stricter limits (rate limits).
NEW_ACCOUNT_AGE = timedelta(hours=24)
# Stands for an address that cannot be read: such readers share their limits.
UNKNOWN_ADDRESS = "0.0.0.0"  # noqa: S104 (an address, not a socket binding)


def client_ip(request) -> str:
    """The reader's address. Behind DEPESCHE_TRUSTED_PROXIES proxies (Varnish, a load
    balancer), each of which appends the address it saw to X-Forwarded-For, the address the
    outermost trusted proxy saw; anything a client wrote further left is ignored."""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.DEPESCHE_TRUSTED_PROXIES
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            remote = forwarded[-proxies]
    try:
        return str(ip_address(remote))
    except ValueError:
        return UNKNOWN_ADDRESS


def ip_digest(ip: str) -> str:
    """A keyed hash of an address: enough to limit, deduplicate and compare, without
    storing readers' addresses."""
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, ip.encode(), hashlib.sha256).hexdigest()[:32]


@dataclass
class Reader:
    """The person behind a request, as the engagement layer sees them."""

    user: object | None
    guest: Guest | None
    ip: str

    @property
    def is_guest(self) -> bool:
        return self.user is None

    @property
    def key(self) -> str | None:
        """One reader's identity for "one per reader" rules; None for a guest who has not
        written yet (no cookie)."""
        if self.user is not None:
            return f"u{self.user.pk}"
        if self.guest is not None:
            return f"g{self.guest.pk}"
        return None

    @cached_property
    def ip_hash(self) -> str:
        return ip_digest(self.ip)

    @property
    def is_new_account(self) -> bool:
        return self.user is not None and timezone.now() - self.user.date_joined < NEW_ACCOUNT_AGE

    @property
    def name(self) -> str:
        """How readers see this reader next to a comment."""
        if self.user is not None:
            return reader_display_name(self.user)
        if self.guest is not None:
            return guest_display_name(self.guest.number)
        return _("Guest (not logged in)")


def guest_display_name(number: int) -> str:
    return _("User #%(number)s (not logged in)") % {"number": number}


def account_pseudonym(number: int) -> str:
    return _("User #%(number)s") % {"number": number}


def reader_display_name(user) -> str:
    """An account's public name: its display name if the reader chose one, else a pseudonym
    like a guest's, «User #4711», from the number drawn once for the account. Never derived
    from the user name or e-mail address: for most accounts that is the e-mail address."""
    profile = getattr(user, "reader_profile", None)
    if profile is None:
        # Every account gets a profile when it is made (accounts.signals); one made around
        # that (a bulk insert) still shows no part of its address.
        return str(_("Registered reader"))
    return profile.display_name or account_pseudonym(profile.pseudonym)


def reader_from_request(request) -> Reader:
    """The reader of a request: the logged-in account, else the guest of the signed cookie
    (one query), else an anonymous guest who has not written yet."""
    ip = client_ip(request)
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return Reader(user=user, guest=None, ip=ip)
    guest = None
    raw = request.COOKIES.get(GUEST_COOKIE)
    if raw:
        try:
            guest_id = signing.loads(raw, salt=GUEST_COOKIE_SALT)
        except signing.BadSignature:
            guest_id = None
        if isinstance(guest_id, int):
            guest = Guest.objects.filter(pk=guest_id).first()
    return Reader(user=None, guest=guest, ip=ip)


def guest_ensure(reader: Reader) -> Reader:
    """Give a guest who writes for the first time a number. Call `guest_remember` on the
    response so the browser keeps it."""
    if reader.user is not None or reader.guest is not None:
        return reader
    for _attempt in range(10):
        number = secrets.randbelow(GUEST_NUMBERS[1] - GUEST_NUMBERS[0]) + GUEST_NUMBERS[0]
        try:
            with transaction.atomic():
                reader.guest = Guest.objects.create(number=number)
            return reader
        except IntegrityError:
            continue
    raise RuntimeError("no free guest number after 10 attempts")


def guest_remember(response, reader: Reader):
    """Set (or renew) the guest cookie on a response to a guest's write."""
    if reader.user is None and reader.guest is not None:
        response.set_cookie(
            GUEST_COOKIE,
            signing.dumps(reader.guest.pk, salt=GUEST_COOKIE_SALT),
            max_age=GUEST_COOKIE_AGE,
            httponly=True,
            samesite="Lax",
            secure=settings.SESSION_COOKIE_SECURE,
        )
    return response


def member_cookie_set(response, *, member: bool):
    """Tell the header's script whether the browser is logged in (MEMBER_COOKIE)."""
    if member:
        response.set_cookie(
            MEMBER_COOKIE,
            "1",
            max_age=settings.SESSION_COOKIE_AGE,
            httponly=False,
            samesite="Lax",
            secure=settings.SESSION_COOKIE_SECURE,
        )
    else:
        response.delete_cookie(MEMBER_COOKIE, samesite="Lax")
    return response
