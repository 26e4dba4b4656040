"""No two accounts share a pseudonym number (0002 drew them)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_pseudonym")]

    operations = [
        migrations.AlterField(
            model_name="readerprofile",
            name="pseudonym",
            field=models.PositiveIntegerField(
                editable=False, unique=True, verbose_name="pseudonym number"
            ),
        ),
    ]
