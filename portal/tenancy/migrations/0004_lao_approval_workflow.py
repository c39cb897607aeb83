from django.db import migrations


def forwards(apps, schema_editor):
    from portal.tenancy.workflow_setup import ensure_approval_workflow

    ensure_approval_workflow(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("tenancy", "0003_publisherapprovaltask"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
