from types import SimpleNamespace

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from wagtail.models import Site

from engagement.identity import client_ip


class AccountAdapter(DefaultAccountAdapter):
    """allauth as depesche uses it.

    No flash messages ("Sie sind angemeldet"): they wait in a cookie until a page shows them,
    and the pages readers go to next are cached pages that never do (docs/design.md §3). Every
    account step has its own page that says what happened.
    """

    def add_message(self, *args, **kwargs):
        return None

    def get_client_ip(self, request) -> str:
        """The reader's address for allauth's rate limits, by the rule of the rest of the site
        (DEPESCHE_TRUSTED_PROXIES): behind Varnish, allauth would otherwise see Varnish's
        address for every reader, and count all readers' logins as one."""
        return client_ip(request)

    def send_mail(self, template_prefix, email, context):
        """Mails name the site by its name (DEPESCHE_SITE_NAME) and its address, not by the
        host of the request («Hallo von 127.0.0.1:8000!»): without django.contrib.sites,
        allauth's `current_site` is the request's host."""
        site = Site.objects.filter(is_default_site=True).first()
        url = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
        current_site = SimpleNamespace(
            name=settings.WAGTAIL_SITE_NAME, domain=url.split("://", 1)[-1], url=url
        )
        super().send_mail(template_prefix, email, {**context, "current_site": current_site})
