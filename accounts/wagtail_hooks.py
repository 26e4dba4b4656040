"""The login lock-outs in the Wagtail admin (Settings → «Login lock-outs»): who is locked out
where, and deleting a row unlocks that name at that address (docs/operations.md «Login
lock-out»). django-axes writes the rows; the admin only lists and deletes them."""

from axes.models import AccessAttempt
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy


class UnlockOnlyPolicy(ModelPermissionPolicy):
    """No adding or editing: a count that an editor could change would be no count. Viewing
    and deleting need axes' model permissions (superusers have them)."""

    def user_has_permission(self, user, action):
        return action in ("view", "delete") and super().user_has_permission(user, action)


register_permission_policy(AccessAttempt, UnlockOnlyPolicy(AccessAttempt))


class LoginLockoutViewSet(ModelViewSet):
    model = AccessAttempt
    name = "login_lockouts"
    icon = "lock"
    menu_label = _("Login lock-outs")
    add_to_settings_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time", "path_info"]
    search_fields = ["username"]
    inspect_view_fields = list_display
    form_fields = ["username"]


login_lockout_viewset = LoginLockoutViewSet()


@hooks.register("register_admin_viewset")
def register_viewset():
    return login_lockout_viewset
