import re

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import ReaderProfile

# Letters of any language, digits, spaces and . _ - ' : a name, not markup or an address.
NAME = re.compile(r"^[\w .'-]+$")
# Names that would pass for a guest, the newsroom or the site itself.
RESERVED = re.compile(r"user\s*#|nicht angemeldet|not logged in|redaktion|depesche|admin", re.I)


def display_name_clean(value: str, *, user=None) -> str:
    value = " ".join(value.split())
    if not value:
        return ""
    if len(value) < 2 or not NAME.match(value) or value.isdigit():
        raise forms.ValidationError(
            _("Use 2 to 40 letters, digits, spaces, dots, dashes or underscores.")
        )
    if RESERVED.search(value):
        raise forms.ValidationError(_("This name is reserved. Please choose another one."))
    taken = ReaderProfile.objects.filter(display_name__iexact=value)
    if user is not None:
        taken = taken.exclude(user=user)
    if taken.exists():
        raise forms.ValidationError(_("This name is already taken. Please choose another one."))
    return value


class SignupForm(forms.Form):
    """allauth's sign-up form gets the display name (ACCOUNT_SIGNUP_FORM_CLASS)."""

    display_name = forms.CharField(
        label=_("Display name"),
        max_length=40,
        required=False,
        help_text=_(
            "Shown next to your comments. Empty: a number, like «User #4711»; never your "
            "e-mail address."
        ),
    )

    def clean_display_name(self):
        return display_name_clean(self.cleaned_data["display_name"])

    def signup(self, request, user):
        from accounts.services import profile_update

        profile_update(user=user, display_name=self.cleaned_data["display_name"])


class ProfileForm(forms.Form):
    display_name = forms.CharField(label=_("Display name"), max_length=40, required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_display_name(self):
        return display_name_clean(self.cleaned_data["display_name"], user=self.user)


class AccountDeleteForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."))
        return password
