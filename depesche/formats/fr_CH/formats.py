"""Swiss French formats, CLDR's fr-CH: 10 000 grouped by a narrow no-break space (U+202F),
1,5 with a decimal comma, «7 décembre 2026», and 14:05 (Swiss French portals write the time
with a colon, not «14 h 05»). Django's fr_CH groups with a plain no-break space and writes no
comma before the time.
"""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y, H:i"
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\u202f"
NUMBER_GROUPING = 3
