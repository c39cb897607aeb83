"""Reading the DLA's LAO registry (open-data set dlads_05_01) and turning rows into Authorities.

The project ships its own copy of the registry in ``portal/tenancy/data/`` (see the README
there for its source and licence). Rows are validated one by one; a bad row is reported with
its line number and nothing is written for a file that has one.
"""

import csv
import io
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.utils.text import slugify

from .models.authority import DLA_CODE_RE, KIND_SLUG, AuthorityKind

DATA_DIR = Path(__file__).resolve().parent / "data"
REGISTRY_PATH = DATA_DIR / "dla_lao_registry.csv"
PROVINCES_PATH = DATA_DIR / "provinces.csv"
COLUMNS = ["dla_code", "name_th", "kind", "province_code", "district_name_th", "lat", "lon", "area_km2"]
THAI_RE = re.compile(r"[\u0E00-\u0E7F]")


class RegistryError(ValueError):
    """A registry file or row that cannot be used; the message names the line."""


@dataclass(frozen=True)
class RegistryRow:
    line: int
    dla_code: str
    name_th: str
    kind: str
    province_code: str
    district_th: str
    lat: Decimal | None
    lon: Decimal | None
    area_km2: Decimal | None


def _decimal(value, field, line, low=None, high=None, places=7):
    value = (value or "").strip()
    if not value:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise RegistryError(f"line {line}: {field} {value!r} is not a number") from None
    if not number.is_finite() or (low is not None and not low <= number <= high):
        raise RegistryError(f"line {line}: {field} {value!r} is out of range")
    return number.quantize(Decimal(1).scaleb(-places))


def parse_row(raw, line, province_codes=None):
    """Validate one registry row (a dict keyed by COLUMNS) and return a RegistryRow."""
    code = (raw.get("dla_code") or "").strip()
    if not DLA_CODE_RE.match(code):
        raise RegistryError(f"line {line}: DLA code {code!r} is not 7 digits")
    name = (raw.get("name_th") or "").strip()
    if not name or not THAI_RE.search(name):
        raise RegistryError(f"line {line} ({code}): the Thai name is missing")
    kind = (raw.get("kind") or "").strip()
    if kind not in AuthorityKind.values:
        raise RegistryError(f"line {line} ({code}): unknown kind {kind!r}")
    province = (raw.get("province_code") or "").strip()
    if not re.fullmatch(r"\d{2}", province) or (
        province_codes is not None and province not in province_codes
    ):
        raise RegistryError(f"line {line} ({code}): unknown province code {province!r}")
    return RegistryRow(
        line=line,
        dla_code=code,
        name_th=name,
        kind=kind,
        province_code=province,
        district_th=(raw.get("district_name_th") or "").strip(),
        lat=_decimal(raw.get("lat"), "latitude", line, Decimal(-90), Decimal(90)),
        lon=_decimal(raw.get("lon"), "longitude", line, Decimal(-180), Decimal(180)),
        area_km2=_decimal(raw.get("area_km2"), "area", line, Decimal(0), Decimal(10) ** 10, places=2),
    )


def read_registry(source, province_codes=None):
    """Parse a whole registry CSV (path or text stream); raise RegistryError on the first bad row.

    Duplicate DLA codes inside one file are an error too.
    """
    if isinstance(source, (str, Path)):
        with open(source, encoding="utf-8-sig", newline="") as handle:
            return read_registry(io.StringIO(handle.read()), province_codes)
    reader = csv.DictReader(source)
    missing = [c for c in ("dla_code", "name_th", "kind", "province_code") if c not in (reader.fieldnames or [])]
    if missing:
        raise RegistryError(f"line 1: missing column(s) {', '.join(missing)}")
    rows, seen = [], {}
    for number, raw in enumerate(reader, start=2):
        row = parse_row(raw, number, province_codes)
        if row.dla_code in seen:
            raise RegistryError(
                f"line {number}: DLA code {row.dla_code} already appears on line {seen[row.dla_code]}"
            )
        seen[row.dla_code] = number
        rows.append(row)
    return rows


def find_in_registry(dla_code, path=REGISTRY_PATH):
    if not DLA_CODE_RE.match(dla_code or ""):
        raise RegistryError(f"DLA code {dla_code!r} is not 7 digits")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for number, raw in enumerate(csv.DictReader(handle), start=2):
            if (raw.get("dla_code") or "").strip() == dla_code:
                return parse_row(raw, number)
    raise RegistryError(f"DLA code {dla_code} is not in the DLA registry")


def read_provinces():
    with open(PROVINCES_PATH, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def romanize(text):
    """Royal Thai General System romanisation of a Thai name, as ASCII slug words."""
    from pythainlp.transliterate import romanize as thai_romanize

    return slugify(thai_romanize(text, engine="royin"))


def base_slug(name_th, kind, name_en="", province_en=""):
    """The hostname label an LAO gets: ``krabi-pao``, ``aonang-sao``.

    A PAO is named after its province; others after their English name when known, else a
    romanisation of the Thai name.
    """
    if kind == AuthorityKind.PROVINCIAL_ADMIN_ORG and province_en:
        words = slugify(province_en)
    else:
        words = slugify(name_en) if name_en else romanize(name_th)
    words = (words or "lao")[:45].strip("-")
    return f"{words}-{KIND_SLUG[kind]}"
