"""Keep the per-tree site root path cache true when Sites or top-level pages change."""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver

from wagtail.models import Page, Site

from .site_root_paths import forget_site, forget_tree


@receiver(post_save, sender=Site)
@receiver(pre_delete, sender=Site)
def site_changed(sender, instance, **kwargs):
    forget_site(instance)


def top_page_changed(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.depth == 2 and instance.path:
        forget_tree(instance.path)


post_save.connect(top_page_changed, dispatch_uid="ruamkhit-top-page-saved")
post_delete.connect(top_page_changed, dispatch_uid="ruamkhit-top-page-deleted")
