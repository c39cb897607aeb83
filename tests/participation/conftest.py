"""The consultations' fixtures (a consultation in each phase, citizens with standing), shared."""

from tests.consultations.conftest import (  # noqa: F401 (fixtures)
    ALL_BLOCKS,
    TIMELINES,
    TODAY,
    citizen,
    days,
    make_consultation,
    make_standing,
    today,
)
