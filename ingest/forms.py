"""The provider's admin form: credentials are never shown back (an empty field keeps the
stored value; «Zugangsdaten löschen» clears them)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

SECRETS = ("password", "token")


class ProviderForm(WagtailAdminModelForm):
    clear_credentials = forms.BooleanField(
        label=_("Delete the stored password and token"), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in SECRETS:
            if name in self.fields:
                self.fields[name].widget = forms.PasswordInput(render_value=False)
                if self.instance.pk and getattr(self.instance, name):
                    self.fields[name].help_text = _(
                        "Stored; leave empty to keep it, or type a new one."
                    )
        self._stored = {name: getattr(self.instance, name) for name in SECRETS}

    def clean(self):
        cleaned = super().clean()
        clear = cleaned.get("clear_credentials")
        for name in SECRETS:
            if name in cleaned and not cleaned.get(name) and not clear:
                cleaned[name] = self._stored[name]
                setattr(self.instance, name, self._stored[name])
        return cleaned
