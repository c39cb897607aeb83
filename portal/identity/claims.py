"""What an identity provider's claims establish: the person's national ID, and where they live.

Sign-in calls ``apply_oidc_claims`` after every successful OpenID Connect sign-in. Only
providers in ``settings.IDENTITY_CLAIM_PROVIDERS`` (ThaID, DGA Digital ID: the civil registry
behind them) are believed; claims from any other provider are ignored.

- ``pid`` (ThaID's national ID claim), when valid, is recorded with ``record_identity``
  (method identity_provider). The number is hashed at once and never stored or logged.
- ``address`` (the OIDC standard address object, or a plain string) is matched against the
  tambons LAOs have configured, within the LAO's province: a match becomes a
  ``StandingProposal`` the person confirms on the LAO's /verify/ page, with the village when
  the address names its หมู่ที่. Proposing rather than granting is deliberate: the registry
  address may be stale, and the person decides where they take part.

Sign-in never fails because of claims: a refused or invalid ID is reported in the outcome.
"""

import logging
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q

from portal.tenancy.models import Tambon

from . import national_id
from .audit import log_event
from .identity_records import IdentityMismatch, IdentityTaken, record_identity
from .models import EventAction, ProposalStatus, Standing, StandingProposal, VerificationMethod

logger = logging.getLogger(__name__)

ADDRESS_PARTS = ("formatted", "street_address", "locality", "region", "postal_code", "country")
# "ตำบลอ่าวนาง", "ต.อ่าวนาง", "แขวงบางรัก" (Bangkok): the name runs to the next space.
_TAMBON = re.compile(r"(?:ตำบล|ต\.|แขวง)\s*([^\s,]+)")
_PROVINCE = re.compile(r"(?:จังหวัด|จ\.)\s*([^\s,]+)")
_VILLAGE = re.compile(r"(?:หมู่ที่|หมู่|ม\.)\s*(\d+)")
_TAMBON_WORDS = re.compile(r"^(?:ตำบล|ต\.|แขวง)\s*")
_PROVINCE_WORDS = re.compile(r"^(?:จังหวัด|จ\.)\s*")


@dataclass
class ClaimsOutcome:
    identity: object = None  # the IdentityRecord, when pid was recorded
    identity_refused: str = ""  # "taken", "mismatch" or "invalid"
    proposals: list = field(default_factory=list)


def _address_text(address):
    if isinstance(address, str):
        return address
    if isinstance(address, dict):
        return " ".join(str(address[part]) for part in ADDRESS_PARTS if address.get(part))
    return ""


def _normalise(text):
    return " ".join(national_id.normalise_digits(str(text)).split())


def _address_places(address):
    """(tambon names, province names, village number or None) named in an address."""
    text = _normalise(_address_text(address))
    tambons = set(_TAMBON.findall(text))
    provinces = set(_PROVINCE.findall(text))
    if isinstance(address, dict):
        # OIDC's "locality" may hold the tambon or the amphoe: believe it only when nothing else
        # names a tambon (a tambon often shares its amphoe's name).
        if address.get("locality") and not tambons:
            tambons.add(_TAMBON_WORDS.sub("", _normalise(address["locality"])).split(" ")[0])
        if address.get("region"):
            provinces.add(_PROVINCE_WORDS.sub("", _normalise(address["region"])))
    village = _VILLAGE.search(text)
    return tambons - {""}, provinces - {""}, int(village.group(1)) if village else None


def matching_tambons(address):
    """The configured tambons an address lies in: name and province must both match."""
    tambons, provinces, _ = _address_places(address)
    if not tambons or not provinces:
        return []
    return list(
        Tambon.objects.filter(
            Q(authority__province__name_th__in=provinces) | Q(authority__province__name_en__in=provinces),
            name_th__in=tambons, authority__site__isnull=False,
        )
        .select_related("authority")
    )


def propose_standings(user, provider_id, address):
    """Pending local standing proposals for the LAOs whose tambons the address lies in."""
    _, _, village_number = _address_places(address)
    proposals = []
    for tambon in matching_tambons(address):
        authority = tambon.authority
        if Standing.objects.current().filter(user=user, authority=authority, kind="local").exists():
            continue
        village = authority.villages.filter(number=village_number).first() if village_number else None
        try:
            with transaction.atomic():
                proposal, created = StandingProposal.objects.update_or_create(
                    user=user, authority=authority, status=ProposalStatus.PENDING,
                    defaults={"tambon": tambon, "village": village, "provider_id": provider_id},
                )
        except IntegrityError:
            continue  # a parallel sign-in of the same person made it
        if created:
            log_event(EventAction.PROPOSAL_CREATED, authority=authority, actor=user, subject=user,
                      method=VerificationMethod.IDENTITY_PROVIDER, detail=f"provider={provider_id}")
        proposals.append(proposal)
    return proposals


def apply_oidc_claims(user, provider_id, claims):
    """Record what a trusted provider's claims establish about ``user``; a ClaimsOutcome."""
    outcome = ClaimsOutcome()
    if provider_id not in settings.IDENTITY_CLAIM_PROVIDERS or not isinstance(claims, dict):
        return outcome
    pid = claims.get("pid")
    if pid:
        try:
            outcome.identity = record_identity(user, pid, VerificationMethod.IDENTITY_PROVIDER)
        except IdentityTaken:
            outcome.identity_refused = "taken"
        except IdentityMismatch:
            outcome.identity_refused = "mismatch"
        except ValidationError:
            outcome.identity_refused = "invalid"
            # The reason only: the claim's value never reaches a log.
            logger.warning("identity: provider %s sent a pid that is not a valid national ID", provider_id)
    address = claims.get("address")
    if address and outcome.identity_refused not in ("taken", "mismatch"):
        outcome.proposals = propose_standings(user, provider_id, address)
    return outcome
