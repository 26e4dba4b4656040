"""Swiss Italian formats, CLDR's it-CH: 10'000 with an apostrophe and a decimal point (Django
has only Italy's it: 10.000, 1,5, «07 Dicembre 2006»), «7 dicembre 2026» (the month's name in
lower case comes from the site's catalogue: depesche/formats/__init__.py), and 14:05.
"""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y, H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = "'"
NUMBER_GROUPING = 3
