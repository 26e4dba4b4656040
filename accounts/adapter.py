from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """allauth as depesche uses it.

    No flash messages ("Sie sind angemeldet"): they wait in a cookie until a page shows them,
    and the pages readers go to next are cached pages that never do (DESIGN.md §3). Every
    account step has its own page that says what happened.
    """

    def add_message(self, *args, **kwargs):
        return None
