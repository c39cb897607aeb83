import pytest

from portal.snippets.models import ScreeningWord


@pytest.fixture
def dla_staff(django_user_model):
    return django_user_model.objects.create_superuser(username="dla-staff", password="pw-for-tests-1")


@pytest.fixture
def lao_words(lao_a, lao_b):
    """One word of each LAO's own list, and the central word they must not touch."""
    return {
        "a": ScreeningWord.objects.create(word="หจก.อ่าวนางก่อสร้าง", category="personal_gain", authority=lao_a),
        "b": ScreeningWord.objects.create(word="ร้านเชียงใหม่วัสดุ", category="personal_gain", authority=lao_b),
        "central": ScreeningWord.objects.central().get(word="กาเบอร์"),
    }
