"""Participatory budgeting as a pure Python library (no Django): Pabulib files, rules, explanations."""

from .explain import CODES, Outcome, Reason, explain
from .pabulib import Instance, PabulibError, Project, Vote, dumps, parse, read, write
from .rules import RULES, compute
from .scores import UnsupportedError

__all__ = [
    "CODES",
    "RULES",
    "Instance",
    "Outcome",
    "PabulibError",
    "Project",
    "Reason",
    "UnsupportedError",
    "Vote",
    "compute",
    "dumps",
    "explain",
    "parse",
    "read",
    "write",
]
