"""Officers set their LAO's idea box: open (the default) or closed with a message, and who may
propose and support. Read through the LAOs the officer works for: another LAO's box is a 404."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portal.tenancy.roles import authorities_in_role

from .models import IdeaBox


class IdeaBoxForm(forms.ModelForm):
    class Meta:
        model = IdeaBox
        fields = ["is_open", "closed_message", "audience_submit", "audience_support"]
        widgets = {"closed_message": forms.Textarea(attrs={"rows": 3})}

    def clean(self):
        data = super().clean()
        if not data.get("is_open") and not (data.get("closed_message") or "").strip():
            self.add_error("closed_message", _("Say why the box is closed and where else people can take part."))
        return data


class IdeaBoxSettingsView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Idea box")
    template_name = "ideas/admin/idea_box.html"
    header_icon = "form"

    def dispatch(self, request, *args, **kwargs):
        self.authorities = authorities_in_role(request.user, "officers").order_by("name_th")
        if not self.authorities.exists():
            raise PermissionDenied
        code = request.GET.get("lao") or request.POST.get("lao")
        self.authority = self.authorities.filter(dla_code=code).first() if code else self.authorities.first()
        if self.authority is None:
            raise Http404("Not one of your LAOs")
        self.box = IdeaBox.of(self.authority)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(authority=self.authority, authorities=list(self.authorities),
                       form=kwargs.get("form") or IdeaBoxForm(instance=self.box))
        return context

    def post(self, request):
        form = IdeaBoxForm(request.POST, instance=self.box)
        if not form.is_valid():
            messages.error(request, _("The idea box was not changed: check the form."))
            return self.render_to_response(self.get_context_data(form=form))
        box = form.save(commit=False)
        box.authority, box.updated_by = self.authority, request.user
        box.save()
        messages.success(request, _("The idea box is open.") if box.is_open else _("The idea box is closed."))
        return redirect(f"{request.path}?lao={self.authority.dla_code}")
