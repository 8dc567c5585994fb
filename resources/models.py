"""The resource library: guides, toolkits, templates, case studies, reports,
policy briefs and videos."""

import math
import re

from django.conf import settings
from django.db import models
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import (
    BaseStreamBlock,
    CaseStudyBlock,
    ChecklistBlock,
    DocumentDownloadBlock,
    data_table_block,
    heading_anchor,
)
from home.models import Audience
from home.page_cache import CachedPageMixin

WORDS_PER_MINUTE = 200


class ResourceType(models.TextChoices):
    GUIDE = "guide", _("Guide")
    TOOLKIT = "toolkit", _("Toolkit")
    TEMPLATE = "template", _("Template")
    CASE_STUDY = "case_study", _("Case study")
    REPORT = "report", _("Report")
    POLICY_BRIEF = "policy_brief", _("Policy brief")
    VIDEO = "video", _("Video")


class ResourceStreamBlock(BaseStreamBlock):
    document = DocumentDownloadBlock()
    table = data_table_block()
    checklist = ChecklistBlock()
    case_study = CaseStudyBlock()


class ResourceIndexPage(CachedPageMixin, Page):
    """The resource library: lists and filters the resources below it."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.ResourcePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("resource library")

    def get_context(self, request, *args, **kwargs):
        from .library import library_context

        context = super().get_context(request, *args, **kwargs)
        context.update(library_context(self, request))
        return context


class ResourcePage(CachedPageMixin, Page):
    """A resource in the library. Guides are long-form, with a table of contents."""

    resource_type = models.CharField(
        _("type"), max_length=16, choices=ResourceType.choices, db_index=True
    )
    audience = models.CharField(
        _("audience"), max_length=16, choices=Audience.choices, default=Audience.BOTH
    )
    topics = ParentalManyToManyField(
        "home.Topic", verbose_name=_("topics"), blank=True, related_name="resources"
    )
    cities = ParentalManyToManyField(
        "home.City",
        verbose_name=_("cities"),
        blank=True,
        related_name="resources",
        help_text=_("The cities this resource is about or comes from."),
    )
    material_language = models.CharField(
        _("language of the material"),
        max_length=8,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("The language the resource itself (and its files) is written in."),
    )
    publication_date = models.DateField(_("publication date"))
    summary = models.TextField(
        _("summary"), max_length=300, help_text=_("One or two sentences for the list.")
    )
    body = StreamField(ResourceStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("resource_type"),
                FieldPanel("audience"),
                FieldPanel("topics"),
                FieldPanel("cities"),
                FieldPanel("material_language"),
                FieldPanel("publication_date"),
            ],
            heading=_("Who and what"),
        ),
        FieldPanel("body"),
        InlinePanel("attachments", label=_("Attachments")),
        InlinePanel("links", label=_("External links")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("resource_type"),
        index.FilterField("locale_id"),
    ]

    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource")

    @property
    def is_guide(self):
        return self.resource_type == ResourceType.GUIDE

    @cached_property
    def table_of_contents(self):
        """[(anchor, text, level)] from the heading blocks, for guides."""
        entries = []
        for block in self.body:
            if block.block_type == "heading":
                entries.append(
                    (
                        heading_anchor(block.value["text"]),
                        block.value["text"],
                        block.value["level"],
                    )
                )
        return entries

    @cached_property
    def reading_minutes(self):
        words = len(re.findall(r"\w+", strip_tags(str(self.body))))
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def get_context(self, request, *args, **kwargs):
        from .library import resource_context

        context = super().get_context(request, *args, **kwargs)
        context.update(resource_context(self, request))
        return context


class ResourceAttachment(Orderable):
    """A file attached to a resource (shown with its type and size)."""

    page = ParentalKey(
        ResourcePage, related_name="attachments", on_delete=models.CASCADE
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(
        _("link text"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty to use the document's title."),
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    @property
    def label(self):
        return self.title or self.document.title


class ResourceLink(Orderable):
    """A link to a page on another website."""

    page = ParentalKey(ResourcePage, related_name="links", on_delete=models.CASCADE)
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("address"))

    panels = [FieldPanel("title"), FieldPanel("url")]
