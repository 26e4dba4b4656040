import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create the newsroom's first editor account with a generated password, printed once. "
        "Does nothing when the account exists (`manage.py changepassword` sets a new password)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="redaktion")
        parser.add_argument("--email", default="redaktion@example.org")

    def handle(self, *args, username, email, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"Editor account «{username}» exists. New password: "
                f"`.venv/bin/python manage.py changepassword {username}`"
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email=email, password=password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Editor account created. Newsroom: /admin/  user: {username}  "
                f"password: {password}\nThis password is shown only once."
            )
        )
