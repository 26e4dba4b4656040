"""Swiss German formats: Django's de_CH uses a space to group thousands; Swiss newsrooms write
10'000 (https://docs.djangoproject.com/en/5.2/topics/i18n/formatting/#creating-custom-format-files).
"""

DATE_FORMAT = "j. F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j. F Y, H:i"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y, H:i"
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = "'"
NUMBER_GROUPING = 3
