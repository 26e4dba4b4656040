"""Bar charts drawn by the server as inline SVG (the desk's numbers): no script, no chart
library, no CDN. Each chart is an image with a title for screen readers (`role="img"`,
`<title>`); the numbers themselves stand in a table beside it."""

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from core.templatetags.depesche import compact_number

WIDTH, HEIGHT = 720, 160
TOP, BOTTOM, LEFT = 14, 20, 44  # room for the largest value's label, the x labels, the y axis


def bar_chart(*, title: str, labels: list[str], values: list[int], every: int = 6) -> SafeString:
    """Bars for `values` (below zero drawn as zero: an hour's net change can be negative),
    the largest value on the y axis, every `every`th label under the x axis."""
    count = max(len(values), 1)
    largest = max([*values, 0])
    plot_width, plot_height = WIDTH - LEFT, HEIGHT - TOP - BOTTOM
    step = plot_width / count
    bars, texts = [], []
    for index, value in enumerate(values):
        height = plot_height * max(value, 0) / largest if largest else 0
        x = LEFT + index * step
        bars.append(
            (
                f"{x + step * 0.1:.1f}",
                f"{TOP + plot_height - height:.1f}",
                f"{step * 0.8:.1f}",
                f"{height:.1f}",
                labels[index],
                value,
            )
        )
        if index % every == 0:
            texts.append((f"{x:.1f}", HEIGHT - 6, labels[index]))
    return format_html(
        '<svg class="numbers-chart" role="img" aria-label="{}" viewBox="0 0 {} {}" '
        'width="100%" xmlns="http://www.w3.org/2000/svg"><title>{}</title>'
        '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="currentColor"/>'
        '<text x="0" y="{}" font-size="11" fill="currentColor">{}</text>'
        '<text x="0" y="{}" font-size="11" fill="currentColor">0</text>{}{}</svg>',
        title,
        WIDTH,
        HEIGHT,
        title,
        LEFT,
        TOP + plot_height,
        WIDTH,
        TOP + plot_height,
        TOP + 4,
        compact_number(largest),
        TOP + plot_height,
        format_html_join(
            "",
            '<rect x="{}" y="{}" width="{}" height="{}" fill="#2d4a7a">'
            "<title>{}: {}</title></rect>",
            ((x, y, w, h, label, compact_number(value)) for x, y, w, h, label, value in bars),
        ),
        format_html_join(
            "", '<text x="{}" y="{}" font-size="10" fill="currentColor">{}</text>', texts
        ),
    )
