"""Every account gets a pseudonym number, drawn at random once; accounts without a profile
get one too (until now a profile was made only with a display name). The numbers become
unique in 0003: on PostgreSQL a table whose rows this transaction changed cannot be altered
in it too («pending trigger events»)."""

import secrets

from django.conf import settings
from django.db import migrations, models

# engagement.identity.GUEST_NUMBERS, as it stood when this migration was written.
LOW, HIGH = 1000, 9_999_999


def pseudonyms_draw(apps, schema_editor):
    User = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    ReaderProfile = apps.get_model("accounts", "ReaderProfile")
    taken = set()

    def draw():
        while True:
            number = secrets.randbelow(HIGH - LOW) + LOW
            if number not in taken:
                taken.add(number)
                return number

    for profile in ReaderProfile.objects.filter(pseudonym__isnull=True).iterator():
        profile.pseudonym = draw()
        profile.save(update_fields=["pseudonym"])
    for user_id in User.objects.filter(reader_profile__isnull=True).values_list("pk", flat=True):
        ReaderProfile.objects.create(user_id=user_id, pseudonym=draw())


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="readerprofile",
            name="pseudonym",
            field=models.PositiveIntegerField(
                editable=False, null=True, verbose_name="pseudonym number"
            ),
        ),
        migrations.RunPython(pseudonyms_draw, migrations.RunPython.noop),
    ]
