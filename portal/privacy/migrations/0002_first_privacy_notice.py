from django.db import migrations


def forwards(apps, schema_editor):
    from portal.privacy import notice_v1

    PrivacyNotice = apps.get_model("privacy", "PrivacyNotice")
    PrivacyNotice.objects.get_or_create(
        version=1,
        defaults={
            "summary_th": notice_v1.SUMMARY_TH, "summary_en": notice_v1.SUMMARY_EN,
            "body_th": notice_v1.BODY_TH, "body_en": notice_v1.BODY_EN,
        },
    )


class Migration(migrations.Migration):
    dependencies = [("privacy", "0001_notice_consent_erasure")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
