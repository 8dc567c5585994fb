"""Demo resource library for `load_demo`: the library page in five languages and
the resources of `demo_content`, with PDF attachments generated locally."""

import datetime
from importlib import import_module
from importlib.util import find_spec
from pathlib import Path

from django.core.files.base import ContentFile
from fpdf import FPDF
from wagtail.documents import get_document_model

from home.demo_utils import (
    child_page,
    locales,
    section_index,
    translated_page,
)
from home.models import City, HomePage, Topic

from . import demo_content as content
from .models import ResourceAttachment, ResourceIndexPage, ResourceLink, ResourcePage

LIBRARY = {
    "en": (
        "Resource library",
        "Guides, toolkits, templates, case studies and reports "
        "from the programme's cities and partners.",
    ),
    "es": (
        "Biblioteca de recursos",
        "Guías, herramientas, plantillas, casos prácticos "
        "e informes de las ciudades y los socios del programa.",
    ),
    "it": (
        "Biblioteca delle risorse",
        "Guide, strumenti, modelli, casi di studio e "
        "rapporti delle città e dei partner del programma.",
    ),
    "he": (
        "ספריית משאבים",
        "מדריכים, ערכות כלים, תבניות, חקרי מקרה ודוחות מהערים ומהשותפים של התוכנית.",
    ),
    "ar": (
        "مكتبة الموارد",
        "أدلة وأدوات ونماذج ودراسات حالة وتقارير من مدن البرنامج وشركائه.",
    ),
}
FONT = Path(__file__).resolve().parent.parent / "courses" / "fonts" / "DejaVuSans.ttf"
FONT_BOLD = FONT.with_name("DejaVuSans-Bold.ttf")
CITY_SLUGS = {
    "Malaga": "malaga",
    "Murcia": "murcia",
    "Cartagena": "cartagena",
    "Molina de Segura": "molina-de-segura",
    "Genova": "genova",
    "Kfar Saba": "kfar-saba",
    "Tel Aviv": "tel-aviv",
    "Herzliya": "herzliya",
    "Eilat": "eilat",
}


def pdf_bytes(pages, rtl=False):
    """A simple text PDF: the first paragraph of the first page is its heading."""
    pdf = FPDF(format="A4")
    pdf.set_title(pages[0][0])
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.add_font("DejaVu", "B", str(FONT_BOLD))
    pdf.set_text_shaping(use_shaping_engine=True, direction="rtl" if rtl else "ltr")
    align = "R" if rtl else "L"
    for number, paragraphs in enumerate(pages):
        pdf.add_page()
        for index, paragraph in enumerate(paragraphs):
            heading = number == 0 and index == 0
            pdf.set_font("DejaVu", "B" if heading else "", 16 if heading else 11)
            pdf.multi_cell(0, 9 if heading else 6, paragraph, align=align)
            pdf.ln(4)
    return bytes(pdf.output())


def demo_document(title, pages, rtl=False):
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    slug = "".join(c if c.isalnum() else "-" for c in title.lower())[:60].strip("-")
    document = Document(title=title)
    document.file.save(f"{slug}.pdf", ContentFile(pdf_bytes(pages, rtl)), save=False)
    document.save()
    return document


def body_blocks(blocks):
    converted = []
    for block_type, value in blocks:
        if block_type == "heading":
            converted.append(
                {"type": "heading", "value": {"text": value, "level": "h2"}}
            )
        elif block_type == "subheading":
            converted.append(
                {"type": "heading", "value": {"text": value, "level": "h3"}}
            )
        elif block_type == "table":
            converted.append(
                {
                    "type": "table",
                    "value": {
                        "data": [value["header"], *value["rows"]],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": value["caption"],
                    },
                }
            )
        else:
            converted.append({"type": block_type, "value": value})
    return converted


def load(stdout):
    by_code = locales()
    home = HomePage.objects.get(locale=by_code["en"])
    library = section_index(home, ResourceIndexPage, "resources", LIBRARY, by_code)
    english_locale = by_code["en"]
    topics = {t.slug: t for t in Topic.objects.filter(locale=english_locale)}
    cities = {c.slug: c for c in City.objects.filter(locale=english_locale)}
    for data in content.RESOURCES:
        load_resource(library, data, topics, cities)
    for code, locale in by_code.items():
        for slug, data in demo_translations(code).items():
            english = ResourcePage.objects.get(slug=slug, locale=english_locale)
            translate_resource(english, data, locale)


def demo_translations(code):
    """{resource slug: translated data} from resources/demo_translations/<code>.py."""
    module_name = f"resources.demo_translations.{code}"
    if code == "en" or find_spec(module_name) is None:
        return {}
    return import_module(module_name).RESOURCES


def translate_resource(english, data, locale):
    """A translation made with Wagtail's copy-for-translation: it shares the
    English page's translation key, attachments and links."""
    page, created = translated_page(
        english,
        locale,
        title=data["title"],
        summary=data["summary"],
        body=body_blocks(data["body"]),
        material_language=locale.language_code,
    )
    if created:
        page.topics.set(
            Topic.objects.filter(
                locale=locale,
                translation_key__in=english.topics.values("translation_key"),
            )
        )
        page.cities.set(
            City.objects.filter(
                locale=locale,
                translation_key__in=english.cities.values("translation_key"),
            )
        )
        page.save_revision().publish()
    return page


def load_resource(library, data, topics, cities):
    page, created = child_page(
        library,
        ResourcePage,
        data["slug"],
        title=data["title"],
        resource_type=data["resource_type"],
        audience=data["audience"],
        material_language=data["language"],
        publication_date=datetime.date.fromisoformat(data["published"]),
        summary=data["summary"],
        body=body_blocks(data["body"]),
    )
    if not created:
        return page
    page.topics.set(topics[slug] for slug in data["topics"])
    page.cities.set(cities[CITY_SLUGS[name]] for name in data["cities"])
    if data.get("attachment"):
        document = demo_document(
            data["attachment"]["title"],
            data["attachment"]["pages"],
            rtl=data["language"] in {"he", "ar"},
        )
        page.attachments.add(ResourceAttachment(document=document))
    for link in data.get("links", []):
        page.links.add(ResourceLink(title=link["title"], url=link["url"]))
    page.save_revision().publish()
    return page
