"""Keep the cached word list in step with the admin (comments.pipeline reads it)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from comments.models import ModerationWord
from comments.pipeline import moderation_words_forget


@receiver([post_save, post_delete], sender=ModerationWord)
def _moderation_words_changed(**kwargs):
    moderation_words_forget()
