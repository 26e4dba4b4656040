"""A reader's own account pages under /konto/, next to allauth's (login, sign-up, password)."""

from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from accounts.forms import AccountDeleteForm, ProfileForm
from accounts.services import account_delete, profile_update
from engagement.identity import reader_display_name


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def account_home(request):
    """The display name, and the ways to the other account pages."""
    user = request.user
    form = ProfileForm(
        request.POST or None,
        user=user,
        initial={
            "display_name": getattr(getattr(user, "reader_profile", None), "display_name", "")
        },
    )
    if request.method == "POST" and form.is_valid():
        profile_update(user=user, display_name=form.cleaned_data["display_name"])
        return redirect(reverse("account_home") + "?gespeichert=1")
    return render(
        request,
        "accounts/account_home.html",
        {
            "form": form,
            "public_name": reader_display_name(user),
            "saved": "gespeichert" in request.GET,
        },
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def account_delete_view(request):
    """Delete the account after the password is confirmed; comments stay, anonymised."""
    user = request.user
    newsroom = user.is_staff or user.is_superuser
    form = AccountDeleteForm(request.POST or None, user=user)
    if request.method == "POST" and not newsroom and form.is_valid():
        logout(request)
        account_delete(user=user)
        return render(request, "accounts/account_deleted.html")
    return render(request, "accounts/account_delete.html", {"form": form, "newsroom": newsroom})
