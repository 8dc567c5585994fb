"""The home page, general pages and the taxonomy shared across the portal."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from .blocks import BaseStreamBlock
from .page_cache import CachedPageMixin


class Audience(models.TextChoices):
    """Who a course or resource is for."""

    SMES = "smes", _("SMEs")
    CITY_STAFF = "city_staff", _("City staff")
    BOTH = "both", _("SMEs and city staff")


class Topic(TranslatableMixin, models.Model):
    """A theme of the programme (innovation, climate readiness…).

    Courses, resources and challenges are tagged with topics so learners can
    filter by them.
    """

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        help_text=_("Used in filter links; the same in every language."),
    )
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class City(TranslatableMixin, models.Model):
    """A city of the programme; resources and challenges are tagged with cities."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        help_text=_("Used in filter links; the same in every language."),
    )
    country = CountryField(_("country"))

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("country")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("city")
        verbose_name_plural = _("cities")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class FooterText(TranslatableMixin, models.Model):
    """The funding acknowledgement shown in every page footer, per language."""

    funding_acknowledgement = RichTextField(
        _("funding acknowledgement"),
        features=["bold", "italic", "link"],
        help_text=_("Who funds the programme, as the funder requires it to be said."),
    )

    panels = [FieldPanel("funding_acknowledgement")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return str(_("Footer text (%(locale)s)") % {"locale": self.locale})


@register_setting(icon="site")
class PortalSettings(ClusterableModel, BaseGenericSetting):
    """Portal-wide identity: name, logo, contact and the footer's links."""

    site_name = models.CharField(
        _("site name"), max_length=100, default="Smart Cities Academy"
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in the header. Leave empty to show the site name only."),
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    certificate_issuer = models.CharField(
        _("certificate issuer"),
        max_length=200,
        blank=True,
        help_text=_("The organisation named as issuer on certificates."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("site_name"), FieldPanel("logo"), FieldPanel("contact_email")],
            heading=_("Identity"),
        ),
        FieldPanel("certificate_issuer"),
        InlinePanel("footer_links", label=_("Footer links")),
    ]

    class Meta:
        verbose_name = _("portal settings")


class FooterLink(Orderable):
    """A page linked from the footer; shown in the visitor's language."""

    settings = ParentalKey(PortalSettings, related_name="footer_links")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE
    )

    panels = [FieldPanel("page")]


class HomePage(CachedPageMixin, Page):
    """The front page of the portal in one language."""

    hero_title = models.CharField(_("hero title"), max_length=200)
    hero_text = models.TextField(
        _("hero text"), max_length=500, help_text=_("One or two sentences.")
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    introduction = RichTextField(
        _("introduction"), features=["bold", "italic", "link"], blank=True
    )
    highlighted_topics = ParentalManyToManyField(
        Topic,
        verbose_name=_("highlighted topics"),
        blank=True,
        related_name="+",
        help_text=_("Topics presented on the home page."),
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("introduction"),
        FieldPanel("highlighted_topics"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("hero_text"),
        index.SearchField("introduction"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "courses.CourseIndexPage",
        "resources.ResourceIndexPage",
        "cities.CityIndexPage",
        "cities.ChallengeBoardPage",
        "cities.AssessmentIndexPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_courses"] = self.featured_courses()
        sections = self.sections(
            "courses.CourseIndexPage", "resources.ResourceIndexPage"
        )
        context["catalogue"] = sections.get("courses.CourseIndexPage")
        context["library"] = sections.get("resources.ResourceIndexPage")
        context["featured_guides"] = self.featured_guides()
        return context

    def sections(self, *model_labels):
        """{model label: live child page} for the given page types, in one query."""
        content_types = {
            ContentType.objects.get_for_model(apps.get_model(label)).pk: label
            for label in model_labels
        }
        children = (
            Page.objects.child_of(self).live().filter(content_type_id__in=content_types)
        )
        return {content_types[child.content_type_id]: child for child in children}

    def featured_courses(self, count=3):
        """The most recently published courses of this language."""
        CoursePage = apps.get_model("courses.CoursePage")
        return (
            CoursePage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("image")
            .order_by("-first_published_at")[:count]
        )

    def featured_guides(self, count=3):
        """The guides of this language's library, newest first."""
        ResourcePage = apps.get_model("resources.ResourcePage")
        return (
            ResourcePage.objects.live()
            .public()
            .descendant_of(self)
            .filter(resource_type="guide")
            .order_by("-publication_date")[:count]
        )

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        from .chrome import cached_route

        return cached_route(self, request, path_components)


class StandardPage(CachedPageMixin, Page):
    """A general page: about, privacy notice, accessibility statement, terms."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=500)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
