"""The desk's numbers in the Wagtail admin (docs/newsroom.md): the «Zahlen»
dashboard, its CSV export and one article's report. Thin: the forms validate, engagement.numbers
reads; a bad filter is a refusal (core.errors.Refused), answered as the dashboard page with
the message and status 400, nothing else shown or changed."""

import csv
from datetime import datetime, timedelta

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from articles.models import ArticlePage
from core.errors import Refused, refusal_answer
from engagement.charts import bar_chart
from engagement.forms import (
    NumbersDashboardForm,
    NumbersExportForm,
    form_errors_text,
)
from engagement.numbers import PERIODS, article_numbers, numbers_top
from engagement.selectors import interactions_text, views_text

TEMPLATE = "engagement/admin/numbers.html"


def _refused(request, refusal):
    """A bad filter: the dashboard with the message, the blank forms and no numbers."""
    context = {
        "form": NumbersDashboardForm(),
        "export_form": NumbersExportForm(),
        "error": refusal.message,
        "page_title": _("Numbers"),
    }
    return render(request, TEMPLATE, context, status=refusal.status)


def _valid(form):
    if not form.is_valid():
        raise Refused(form_errors_text(form), code="bad_filter")
    return form.cleaned_data


@require_safe
@refusal_answer(_refused)
def dashboard(request):
    """The top articles of the last hour, 24 hours or 7 days by views or interactions."""
    form = NumbersDashboardForm(request.GET)
    data = _valid(form)
    rows = numbers_top(
        since=timezone.now() - PERIODS[data["period"]],
        metric=data["metric"],
        section=data["section"],
        author=data["author"],
    )
    today = timezone.localdate()
    export_form = NumbersExportForm(
        initial={
            "start": (today - timedelta(days=6)).isoformat(),
            "end": today.isoformat(),
            "metric": data["metric"],
            "section": data["section"],
            "author": data["author"],
        }
    )
    context = {
        "form": form,
        "export_form": export_form,
        "rows": rows,
        "metric": data["metric"],
        "page_title": _("Numbers"),
    }
    return render(request, TEMPLATE, context)


def _local_midnight(day) -> datetime:
    return timezone.make_aware(datetime(day.year, day.month, day.day))


# Formula-like cells («=HYPERLINK(…)» as a headline) would run in a spreadsheet: quoted.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


@require_safe
@refusal_answer(_refused)
def export(request):
    """Every article with numbers in a span of days as CSV: comma-separated (RFC 4180, what
    spreadsheets and scripts read without settings) in UTF-8 with a byte order mark, without
    which Excel reads UTF-8 as Windows-1252 and garbles «ä»."""
    data = _valid(NumbersExportForm(request.GET))
    start, end = data["start"], data["end"]
    rows = numbers_top(
        since=_local_midnight(start),
        until=_local_midnight(end + timedelta(days=1)),
        metric=data["metric"],
        section=data["section"],
        author=data["author"],
        limit=None,
    )
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="zahlen-{start}-{end}.csv"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Article ID"),
            _("Headline"),
            _("Section"),
            _("First published"),
            _("Views"),
            _("Comments"),
            _("Poll votes"),
            _("Reactions"),
            _("Interactions"),
        ]
    )
    for row in rows:
        published = row.article.first_published_at
        writer.writerow(
            [
                row.article.pk,
                _cell(row.article.title),
                _cell(row.section_title),
                timezone.localtime(published).date().isoformat() if published else "",
                row.views,
                row.comments,
                row.poll_votes,
                row.reactions,
                row.interactions,
            ]
        )
    return response


def article_charts(numbers) -> dict:
    """The four charts of an article's report and panel."""
    hour_labels = [f"{timezone.localtime(p.start):%H}h" for p in numbers.hours]
    day_labels = [f"{p.start:%d.%m.}" for p in numbers.days]
    every_day = max(1, len(numbers.days) // 10)
    charts = {
        "views_hours": bar_chart(
            title=_("Views per hour, last 48 hours"),
            labels=hour_labels,
            values=[p.views for p in numbers.hours],
        ),
        "interactions_hours": bar_chart(
            title=_("Interactions per hour, last 48 hours"),
            labels=hour_labels,
            values=[p.interactions for p in numbers.hours],
        ),
    }
    if numbers.days:
        charts |= {
            "views_days": bar_chart(
                title=_("Views per day, before the last 48 hours"),
                labels=day_labels,
                values=[p.views for p in numbers.days],
                every=every_day,
            ),
            "interactions_days": bar_chart(
                title=_("Interactions per day, before the last 48 hours"),
                labels=day_labels,
                values=[p.interactions for p in numbers.days],
                every=every_day,
            ),
        }
    return charts


def article_context(article) -> dict:
    numbers = article_numbers(article=article)
    return {
        "numbers": numbers,
        "charts": article_charts(numbers),
        # As readers see them on the article and its teasers: «12'400 Views».
        "views_text": views_text(numbers.stats.views),
        "interactions_text": interactions_text(numbers.stats.interactions),
    }


@require_safe
def article_report(request, article_id: int):
    """One article's numbers: totals, its last 48 hours hour by hour, the days before."""
    article = get_object_or_404(ArticlePage.objects.only("title", "path", "depth"), pk=article_id)
    context = article_context(article) | {
        "article": article,
        "page_title": _("Numbers: %(title)s") % {"title": article.title},
    }
    return render(request, "engagement/admin/article_numbers.html", context)
