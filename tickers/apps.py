from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TickersConfig(AppConfig):
    name = "tickers"
    verbose_name = _("Live tickers")

    def ready(self):
        from polls.selectors import PollPlace, poll_place_register
        from tickers.selectors import poll_article_ids, poll_in_entries

        # A poll in an entry takes votes and is purged with its article, like one in a body.
        poll_place_register(PollPlace(shows=poll_in_entries, article_ids=poll_article_ids))
