from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings
from wagtail.models import Page, Revision, Site

from home.models import FooterText, HomePage, StandardPage, Topic
from tests.conftest import LANGUAGE_CODES

pytestmark = pytest.mark.django_db


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "users": get_user_model().objects.count(),
        "topics": Topic.objects.count(),
        "footers": FooterText.objects.count(),
        "groups": Group.objects.count(),
    }


def test_second_demo_load_changes_nothing():
    before = counts()
    output = StringIO()
    call_command("load_demo", stdout=output)
    assert counts() == before
    assert "learner@example.com" in output.getvalue()


def test_demo_replaces_welcome_page_with_home_in_five_languages():
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    assert isinstance(home, HomePage)
    translations = home.get_translations(inclusive=True).live()
    assert sorted(t.locale.language_code for t in translations) == sorted(
        LANGUAGE_CODES
    )
    assert not Page.objects.filter(title="Welcome to your new Wagtail site!").exists()


def test_standard_pages_and_topics_exist_in_every_language():
    for code in LANGUAGE_CODES:
        assert (
            StandardPage.objects.live().filter(locale__language_code=code).count() == 4
        )
        assert Topic.objects.filter(locale__language_code=code).count() == 6


def test_demo_accounts_have_their_roles(demo_password):
    User = get_user_model()
    admin = User.objects.get(email="admin@example.com")
    editor = User.objects.get(email="editor@example.com")
    learner = User.objects.get(email="learner@example.com")
    assert admin.is_superuser and admin.check_password(demo_password)
    assert editor.groups.filter(name="Editors").exists()
    assert editor.has_perm("wagtailadmin.access_admin")
    assert not learner.is_staff and not learner.has_perm("wagtailadmin.access_admin")


@override_settings(SETTINGS_MODULE="portal.settings.production")
def test_load_demo_refuses_production_settings():
    with pytest.raises(CommandError, match="production"):
        call_command("load_demo", stdout=StringIO())
