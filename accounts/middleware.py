"""The header's «logged in» cookie (engagement.identity.MEMBER_COOKIE): set on the response
that logs a reader in, removed on the one that logs them out. Public pages stay the same bytes
for everyone; only the header's script reads the cookie (docs/design.md §3)."""

from engagement.identity import member_cookie_set


class MemberCookieMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # Set by accounts.signals; reading it touches neither the session nor the user.
        member = getattr(request, "depesche_member", None)
        if member is not None:
            member_cookie_set(response, member=member)
        return response
