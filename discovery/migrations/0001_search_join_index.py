"""An index that lets PostgreSQL join search results to articles without reading them all.

Wagtail's database search backend joins its index entries to the searched model with
`(articles_articlepage.page_ptr_id)::varchar(50)::text = wagtailsearch_indexentry.object_id`:
the cast hides the primary key's index, and every search read all articles (a sequential scan
of 100'000 rows, 150 ms; bench/explain_queries.py). An index on that very expression turns it
into index lookups (under 1 ms). SQLite's FTS backend joins differently and needs none.

The index is on the articles app's table; it lives here because discovery owns search.
"""

from django.db import migrations

INDEX = "discovery_articlepage_id_text"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON articles_articlepage "
            "(((page_ptr_id::varchar(50))::text))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("articles", "0006_show_view_count")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
