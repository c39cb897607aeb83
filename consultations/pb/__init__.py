"""Participatory-budgeting result engine: Pabulib I/O and rules, independent of Django models."""

from .pabulib import Instance, PabulibError, Project, Vote, dumps, parse, read, write
from .rules import RULES, UnsupportedError, compute

__all__ = [
    "RULES",
    "Instance",
    "PabulibError",
    "Project",
    "UnsupportedError",
    "Vote",
    "compute",
    "dumps",
    "parse",
    "read",
    "write",
]
