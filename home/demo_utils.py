"""Helpers for building demo content idempotently in code.

Every helper looks an object up by a stable key (slug, email, name) first and
only creates it when it is missing, so `load_demo` can run any number of times.
"""

from django.utils.text import slugify
from wagtail.models import Locale, Page


def locales():
    """Locale objects keyed by language code, created when missing."""
    from django.conf import settings

    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }


def publish(page):
    page.save_revision().publish()
    return page


def child_page(parent, model, slug, **fields):
    """The live child of `parent` with `slug`, created and published when missing.

    Returns (page, created).
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    publish(page)
    return page, True


def translated_page(page, locale, **fields):
    """The translation of `page` into `locale`, created and published when missing.

    It is made with Wagtail's own translation machinery, so editors see it as a
    translation of the source page and it shares the source's translation key.
    """
    existing = page.get_translation_or_none(locale)
    if existing:
        return existing.specific, False
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    if "title" in fields and "slug" not in fields:
        translation.slug = page.slug
    publish(translation)
    return translation, True


def translated_snippet(instance, locale, **fields):
    """The translation of a translatable snippet, created when missing."""
    existing = instance.get_translation_or_none(locale)
    if existing:
        return existing, False
    translation = instance.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation, True


def stream(blocks):
    """Turn [(block_type, value), …] into StreamField raw data."""
    return [{"type": block_type, "value": value} for block_type, value in blocks]


def unique_slug(text):
    return slugify(text)[:50]


def root_page():
    return Page.get_first_root_node()


def review_workflow():
    """The "Review and publish" workflow: a Moderator approves before going live."""
    from django.contrib.auth.models import Group
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

    workflow, created = Workflow.objects.get_or_create(name="Review and publish")
    if created:
        task = GroupApprovalTask.objects.create(name="Moderators review and publish")
        task.groups.set([Group.objects.get(name="Moderators")])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def assign_review_workflow(page):
    """Put `page` and its translations (and everything below them) under review."""
    from wagtail.models import WorkflowPage

    workflow = review_workflow()
    for translation in page.get_translations(inclusive=True):
        WorkflowPage.objects.get_or_create(
            page=translation, defaults={"workflow": workflow}
        )


def section_index(home, model, slug, texts, by_code):
    """A section's index page (catalogue, library…) under the English home page,
    translated into every language from `texts` ({code: (title, introduction)})
    and put under the review workflow. Returns the English page."""
    title, introduction = texts["en"]
    index, _created = child_page(
        home, model, slug, title=title, introduction=introduction, show_in_menus=True
    )
    for code, locale in by_code.items():
        if code != "en":
            title, introduction = texts[code]
            translated_page(index, locale, title=title, introduction=introduction)
    assign_review_workflow(index)
    return index
