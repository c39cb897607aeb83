import datetime
from zoneinfo import ZoneInfo

from django.template import Context, Template
from django.utils import translation

import pytest

from portal.templatetags.thai_dates import baht, be_year, fiscal_year, thai_date, thai_datetime


def render(source, **context):
    return Template(source).render(Context(context))


@pytest.mark.parametrize(
    "value, expected",
    [(2026, 2569), ("2026", 2569), (datetime.date(2026, 1, 1), 2569), (datetime.date(1957, 12, 31), 2500), (None, "")],
)
def test_be_year(value, expected):
    assert be_year(value) == expected


@pytest.mark.parametrize(
    "day, expected",
    [
        (datetime.date(2026, 9, 30), 2569),
        (datetime.date(2026, 10, 1), 2570),
        (datetime.date(2027, 9, 30), 2570),
        (datetime.date(2026, 12, 31), 2570),
        (datetime.date(2027, 1, 1), 2570),
    ],
)
def test_fiscal_year_runs_october_to_september_named_by_its_end(day, expected):
    with translation.override("th"):
        assert fiscal_year(day) == expected
    with translation.override("en"):
        assert fiscal_year(day) == expected - 543


def test_thai_month_names_and_be_year():
    with translation.override("th"):
        assert thai_date(datetime.date(2026, 10, 1)) == "1 ตุลาคม 2569"
        assert thai_date(datetime.date(2027, 2, 14), "short") == "14 ก.พ. 2570"
        assert thai_date(datetime.date(2026, 5, 3), "month") == "พฤษภาคม 2569"
        all_months = [thai_date(datetime.date(2026, m, 1)).split()[1] for m in range(1, 13)]
        assert all_months[0] == "มกราคม" and all_months[11] == "ธันวาคม" and len(set(all_months)) == 12


def test_english_keeps_gregorian():
    with translation.override("en"):
        assert thai_date(datetime.date(2026, 10, 1)) == "1 October 2026"
        assert thai_date(datetime.date(2026, 10, 1), "short") == "1 Oct 2026"


def test_aware_datetimes_are_shown_in_bangkok_time():
    # 20:00 UTC on 30 September is already 1 October in Bangkok: a new fiscal year.
    moment = datetime.datetime(2026, 9, 30, 20, 0, tzinfo=ZoneInfo("UTC"))
    with translation.override("th"):
        assert thai_datetime(moment) == "1 ตุลาคม 2569 เวลา 03:00 น."
        assert fiscal_year(moment) == 2570


def test_filters_in_templates_and_bad_input():
    with translation.override("th"):
        out = render("{{ d|thai_date }} | {{ d|fiscal_year }} | {{ junk|thai_date }} | {{ n|baht }}",
                     d=datetime.date(2026, 8, 15), junk="not a date", n=1250000)
        assert out == "15 สิงหาคม 2569 | 2569 |  | 1,250,000 บาท"
    assert baht("abc") == ""
    with translation.override("en"):
        assert baht("1234.5") == "1,234.50 baht"
