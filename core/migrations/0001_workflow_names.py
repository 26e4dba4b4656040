"""Wagtail's default review workflow and its task, named in the site's language.

Wagtail's migration creates both as «Moderators approval», an English name that the German
admin then shows inside its own sentences («In Moderators approval einreichen»). A workflow
or task the newsroom has renamed keeps its name.
"""

from django.conf import settings
from django.db import migrations
from django.utils import translation

WAGTAIL_DEFAULT_NAME = "Moderators approval"


def name_in_site_language(apps, schema_editor):
    with translation.override(settings.LANGUAGE_CODE):
        name = translation.gettext("Approval by moderators")
    for model in ("Workflow", "Task"):
        apps.get_model("wagtailcore", model).objects.filter(name=WAGTAIL_DEFAULT_NAME).update(
            name=name
        )


class Migration(migrations.Migration):
    dependencies = [("wagtailcore", "0048_add_default_workflows")]

    operations = [migrations.RunPython(name_in_site_language, migrations.RunPython.noop)]
