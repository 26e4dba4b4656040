from allauth.account.adapter import DefaultAccountAdapter

from engagement.identity import client_ip


class AccountAdapter(DefaultAccountAdapter):
    """allauth as depesche uses it.

    No flash messages ("Sie sind angemeldet"): they wait in a cookie until a page shows them,
    and the pages readers go to next are cached pages that never do (DESIGN.md §3). Every
    account step has its own page that says what happened.
    """

    def add_message(self, *args, **kwargs):
        return None

    def get_client_ip(self, request) -> str:
        """The reader's address for allauth's rate limits, by the rule of the rest of the site
        (DEPESCHE_TRUSTED_PROXIES): behind Varnish, allauth would otherwise see Varnish's
        address for every reader, and count all readers' logins as one."""
        return client_ip(request)
