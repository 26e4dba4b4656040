"""The poll block of an article's body is articles.blocks.PollBlock (the articles may not
import the polls: docs/design.md §8); its migrations name it by this path."""

from articles.blocks import PollBlock

__all__ = ["PollBlock"]
