"""Wagtail's «Moderators» group moderates comments and keeps the word list."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PERMISSIONS = [
    "moderate_comment",
    "add_moderationword",
    "change_moderationword",
    "delete_moderationword",
    "view_moderationword",
]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; this one needs them now.
    app_config = apps.get_app_config("comments")
    app_config.models_module = True  # the migration state's stand-in lacks it
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="comments", codename__in=PERMISSIONS
    )
    for group in Group.objects.filter(name="Moderators"):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
