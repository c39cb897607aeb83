"""Steps other apps add to the idea form, told in their ``AppConfig.ready``.

The search app adds "ideas like yours" after the title: a template shown under the field,
attributes of the form its script reads, and the step's own view for a browser without
JavaScript (the form's button named after the step). The ideas app imports none of them.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class FormStep:
    name: str  # the submit button that asks for the step instead of sending the idea
    after_field: str  # the form field the step's template follows
    template: str
    view: Callable  # (page, request) -> response: the form as typed, with the step's answer
    form_attrs: Callable = None  # (page, request) -> {attribute: value} for the <form> element


_STEPS = {}


def register(step):
    _STEPS[step.name] = step


def steps():
    return list(_STEPS.values())


def requested(request):
    """The step the person asked for with the form's button, if any."""
    return next((step for step in _STEPS.values() if request.POST.get(step.name)), None)


def form_attrs(page, request):
    attrs = {}
    for step in _STEPS.values():
        if step.form_attrs is not None:
            attrs.update(step.form_attrs(page, request))
    return attrs
