"""Demo site for `load_demo`: home page in five languages, general pages, topics,
footer, portal settings, groups and the demo accounts."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page, Site

from . import demo_content as content
from .demo_images import demo_image
from .demo_utils import (
    child_page,
    locales,
    publish,
    stream,
    translated_page,
    translated_snippet,
)
from .models import (
    City,
    FooterLink,
    FooterText,
    HomePage,
    PortalSettings,
    StandardPage,
    Topic,
)
from .roles import ensure_roles

DEMO_PASSWORD = "demo-portal-2026"
DEMO_ACCOUNTS = [
    # email, full name, role (a group name, "superuser" or "learner")
    ("admin@example.com", "Ada Admin", "superuser"),
    ("editor@example.com", "Elena Editor", "Editors"),
    ("moderator@example.com", "Marco Moderator", "Moderators"),
    ("manager@example.com", "Miriam Manager", "Programme managers"),
    ("learner@example.com", "Lucía Learner", "learner"),
]
# Staff need TOTP to open the admin. The demo staff accounts share this
# published secret (development only): `manage.py demo_totp <email>` prints
# the current code, or add the secret to an authenticator app by hand.
DEMO_TOTP_SECRET = "SMARTCITIESACADEMYDEMOTOTPSECRET"


def body_blocks(blocks):
    """Demo text uses ("heading", "text"); the heading block also has a level."""
    converted = []
    for block_type, value in blocks:
        if block_type == "heading" and isinstance(value, str):
            value = {"text": value, "level": "h2"}
        converted.append((block_type, value))
    return stream(converted)


CITIES = [
    # slug, country, names in en, es, it, he, ar
    ("malaga", "ES", ["Malaga", "Málaga", "Malaga", "מלאגה", "ملقة"]),
    ("murcia", "ES", ["Murcia", "Murcia", "Murcia", "מורסיה", "مرسية"]),
    ("cartagena", "ES", ["Cartagena", "Cartagena", "Cartagena", "קרטחנה", "قرطاجنة"]),
    (
        "molina-de-segura",
        "ES",
        [
            "Molina de Segura",
            "Molina de Segura",
            "Molina de Segura",
            "מולינה דה סגורה",
            "مولينا دي سيغورا",
        ],
    ),
    ("genova", "IT", ["Genoa", "Génova", "Genova", "גנואה", "جنوة"]),
    (
        "kfar-saba",
        "IL",
        ["Kfar Saba", "Kfar Saba", "Kfar Saba", "כפר סבא", "كفار سابا"],
    ),
    ("tel-aviv", "IL", ["Tel Aviv", "Tel Aviv", "Tel Aviv", "תל אביב", "تل أبيب"]),
    ("herzliya", "IL", ["Herzliya", "Herzliya", "Herzliya", "הרצליה", "هرتسليا"]),
    ("eilat", "IL", ["Eilat", "Eilat", "Eilat", "אילת", "إيلات"]),
]


def load(stdout):
    """Build the shared site structure; returns the English home page."""
    by_code = locales()
    topics = load_topics(by_code)
    load_cities(by_code)
    home = load_home(by_code, topics)
    pages = load_standard_pages(home, by_code)
    load_footer(by_code)
    load_settings(pages)
    load_groups()
    load_accounts(stdout)
    return home


def load_topics(by_code):
    topics = {}
    english = by_code["en"]
    for item in content.TOPICS:
        topic = Topic.objects.filter(slug=item["slug"], locale=english).first()
        if topic is None:
            topic = Topic.objects.create(
                slug=item["slug"],
                locale=english,
                name=item["name"]["en"],
                description=item["description"]["en"],
            )
        for code, locale in by_code.items():
            if code != "en":
                translated_snippet(
                    topic,
                    locale,
                    name=item["name"][code],
                    description=item["description"][code],
                )
        topics[item["slug"]] = topic
    return topics


def load_cities(by_code):
    codes = list(by_code)
    for slug, country, names in CITIES:
        city = City.objects.filter(slug=slug, locale=by_code["en"]).first()
        if city is None:
            city = City.objects.create(
                slug=slug, country=country, name=names[0], locale=by_code["en"]
            )
        for code, name in zip(codes[1:], names[1:], strict=True):
            translated_snippet(city, by_code[code], name=name)


def load_home(by_code, topics):
    """Replace Wagtail's welcome page with the portal's home page."""
    site = Site.objects.filter(is_default_site=True).first()
    home = HomePage.objects.filter(locale=by_code["en"]).first()
    if home is None:
        root = Page.get_first_root_node()
        text = content.HOME["en"]
        home = HomePage(
            title=text["title"],
            slug="home",
            hero_title=text["hero_title"],
            hero_text=text["hero_text"],
            introduction=text["introduction"],
            hero_image=demo_image("Mediterranean city skyline", seed=3),
            locale=by_code["en"],
        )
        # Wagtail's starter page holds the "home" slug; move it out of the way.
        for welcome in root.get_children().filter(slug="home"):
            welcome.delete()
        root.add_child(instance=home)
        home.highlighted_topics.set(topics.values())
        publish(home)
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Smart Cities Academy",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Smart Cities Academy"
        site.save()
    for code, locale in by_code.items():
        if code == "en":
            continue
        text = content.HOME[code]
        translation, created = translated_page(
            home,
            locale,
            # Home pages of all languages are siblings under the root.
            slug=f"home-{code}",
            title=text["title"],
            hero_title=text["hero_title"],
            hero_text=text["hero_text"],
            introduction=text["introduction"],
        )
        if created:
            translation.highlighted_topics.set(
                Topic.objects.filter(
                    locale=locale,
                    translation_key__in=[t.translation_key for t in topics.values()],
                )
            )
            publish(translation)
    return home


def load_standard_pages(home, by_code):
    pages = {}
    for item in content.STANDARD_PAGES:
        page, _created = child_page(
            home,
            StandardPage,
            item["slug"],
            title=item["title"]["en"],
            introduction=item["introduction"]["en"],
            body=body_blocks(item["body"]["en"]),
            show_in_menus=item["in_menu"],
        )
        for code, locale in by_code.items():
            if code != "en":
                translated_page(
                    page,
                    locale,
                    title=item["title"][code],
                    introduction=item["introduction"][code],
                    body=body_blocks(item["body"][code]),
                )
        pages[item["slug"]] = page
    return pages


def load_footer(by_code):
    footer = FooterText.objects.filter(locale=by_code["en"]).first()
    if footer is None:
        footer = FooterText.objects.create(
            locale=by_code["en"], funding_acknowledgement=content.FOOTER["en"]
        )
    for code, locale in by_code.items():
        if code != "en":
            translated_snippet(
                footer, locale, funding_acknowledgement=content.FOOTER[code]
            )


def load_settings(pages):
    portal = PortalSettings.load()
    if not portal.contact_email:
        portal.contact_email = "academy@example.org"
        portal.certificate_issuer = "Smart Cities Academy – SME4SMARTCITIES"
        portal.save()
    if not portal.footer_links.exists():
        for order, slug in enumerate(["about", "privacy", "accessibility", "terms"]):
            FooterLink.objects.create(
                settings=portal, page=pages[slug], sort_order=order
            )


def load_groups():
    """Editors, Moderators, Programme managers and Administrators (home.roles)."""
    ensure_roles(django_apps)


def load_accounts(stdout):
    User = get_user_model()
    recovery_codes = {}
    for email, full_name, role in DEMO_ACCOUNTS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User(
                email=email,
                full_name=full_name,
                first_name=full_name.split()[0],
                last_name=full_name.split()[-1],
                organisation_type="sme" if role == "learner" else "business_support",
                organisation_name="Costa Verde Sensors S.L."
                if role == "learner"
                else "Smart Cities Academy",
                country="ES",
                city="Murcia",
                # Staff status shows Wagtail's editing bar on public pages.
                is_staff=role != "learner",
                is_superuser=role == "superuser",
            )
            user.set_password(DEMO_PASSWORD)
            user.save()
            if role not in {"superuser", "learner"}:
                user.groups.add(Group.objects.get(name=role))
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        if role != "learner":
            recovery_codes[email] = load_demo_totp(user)
    stdout.write("Demo accounts (development only), password " + DEMO_PASSWORD + ":")
    for email, _full_name, role in DEMO_ACCOUNTS:
        stdout.write(f"  {email:<24} {role}")
    stdout.write(
        "Staff accounts sign in with two-factor authentication: "
        "`python manage.py demo_totp <email>` prints the current code "
        f"(TOTP secret {DEMO_TOTP_SECRET}). Unused recovery codes:"
    )
    for email, codes in recovery_codes.items():
        stdout.write(f"  {email:<24} {' '.join(codes)}")


def load_demo_totp(user):
    """Give a demo staff account the demo TOTP secret and recovery codes, once;
    returns the unused recovery codes."""
    if not Authenticator.objects.filter(
        user=user, type=Authenticator.Type.TOTP
    ).exists():
        TOTP.activate(user, DEMO_TOTP_SECRET)
    return RecoveryCodes.activate(user).get_unused_codes()
