"""The cities section of the page tree.

HomePage
├── CityIndexPage        /<lang>/cities/        the programme's cities
│   └── CityPage         a city: profile, strategies, contact
│       └── ChallengePage   an urban challenge the city wants solved
├── ChallengeBoardPage   /<lang>/challenges/    every challenge, filtered
└── AssessmentIndexPage  /<lang>/assessments/   readiness self-assessments
    └── AssessmentPage   dimensions, questions and scored answers
"""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.models import Audience
from home.page_cache import CachedPageMixin

from ..blocks import AssessmentStreamBlock

STRATEGY_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class Category(models.TextChoices):
    ECONOMIC = "economic", _("Economic")
    SOCIAL = "social", _("Social")
    ENVIRONMENTAL = "environmental", _("Environmental")


class Stage(models.TextChoices):
    """Where a challenge is on its way from a problem to a solution in use."""

    IDENTIFIED = "identified", _("Identified")
    MARKET_CONSULTATION = "market_consultation", _("Market consultation")
    PROCUREMENT_OPEN = "procurement_open", _("Procurement open")
    PILOT = "pilot", _("Pilot")
    SCALED = "scaled", _("Scaled")


class CityIndexPage(CachedPageMixin, Page):
    """The programme's cities: lists the city pages below it."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["cities.CityPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("city index")

    def get_context(self, request, *args, **kwargs):
        from ..challenges import city_index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(city_index_context(self))
        return context


class CityPage(CachedPageMixin, Page):
    """A city of the programme: who it is, its strategies and its challenges.

    The courses and resources shown on the page are those tagged with the
    page's city (the City snippet used by the library's city filter).
    """

    city = models.ForeignKey(
        "home.City",
        verbose_name=_("city"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_(
            "The city in the portal's taxonomy; its country is shown on the page, "
            "and courses and resources tagged with it are listed."
        ),
    )
    summary = models.TextField(
        _("summary"), max_length=300, help_text=_("One or two sentences for the list.")
    )
    region = models.CharField(_("region"), max_length=100, blank=True)
    population = models.PositiveIntegerField(
        _("population (approximate)"),
        null=True,
        blank=True,
        help_text=_("A rounded figure; the page says “about”."),
    )
    partner_organisation = models.CharField(
        _("partner organisation"),
        max_length=200,
        blank=True,
        help_text=_("The organisation the city works with in the programme."),
    )
    profile = StreamField(BaseStreamBlock(), verbose_name=_("profile"), blank=True)
    innovation_strategy = RichTextField(
        _("innovation strategy"), features=STRATEGY_FEATURES, blank=True
    )
    climate_strategy = RichTextField(
        _("climate strategy"), features=STRATEGY_FEATURES, blank=True
    )
    contact_label = models.CharField(
        _("contact"),
        max_length=150,
        blank=True,
        help_text=_("A team or office, not a person: e.g. “Innovation office”."),
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_url = models.URLField(_("contact web page"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("city"),
                FieldPanel("region"),
                FieldPanel("population"),
                FieldPanel("partner_organisation"),
            ],
            heading=_("Facts"),
        ),
        FieldPanel("profile"),
        FieldPanel("innovation_strategy"),
        FieldPanel("climate_strategy"),
        MultiFieldPanel(
            [
                FieldPanel("contact_label"),
                FieldPanel("contact_email"),
                FieldPanel("contact_url"),
            ],
            heading=_("Public contact"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("profile"),
        index.SearchField("innovation_strategy"),
        index.SearchField("climate_strategy"),
        index.FilterField("locale_id"),
    ]

    parent_page_types = ["cities.CityIndexPage"]
    subpage_types = ["cities.ChallengePage"]

    class Meta:
        verbose_name = _("city")

    def get_context(self, request, *args, **kwargs):
        from ..challenges import city_context

        context = super().get_context(request, *args, **kwargs)
        context.update(city_context(self))
        return context


class ChallengePage(CachedPageMixin, Page):
    """An urban challenge of the city above it, and the learning that prepares
    an SME to help with it. Signed-in learners can express interest."""

    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences for the challenge board."),
    )
    category = models.CharField(
        _("category"), max_length=16, choices=Category.choices, db_index=True
    )
    stage = models.CharField(
        _("stage"),
        max_length=24,
        choices=Stage.choices,
        default=Stage.IDENTIFIED,
        db_index=True,
        help_text=_("How far the city has got towards a solution in use."),
    )
    topics = ParentalManyToManyField(
        "home.Topic", verbose_name=_("topics"), blank=True, related_name="challenges"
    )
    description = StreamField(BaseStreamBlock(), verbose_name=_("description"))
    desired_outcomes = StreamField(
        [("outcome", blocks.CharBlock(label=_("Outcome"), max_length=300))],
        verbose_name=_("desired outcomes"),
        blank=True,
        help_text=_("What the city wants to be true once the challenge is solved."),
    )
    indicators = StreamField(
        [("indicator", blocks.CharBlock(label=_("Indicator"), max_length=300))],
        verbose_name=_("indicators"),
        blank=True,
        help_text=_("How the city will measure progress."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("category"), FieldPanel("stage"), FieldPanel("topics")],
            heading=_("Classification"),
        ),
        FieldPanel("description"),
        FieldPanel("desired_outcomes"),
        FieldPanel("indicators"),
        InlinePanel(
            "related_courses",
            label=_("Courses that prepare an SME"),
            heading=_("Courses that prepare an SME for this challenge"),
        ),
        InlinePanel(
            "related_resources",
            label=_("Resources that prepare an SME"),
            heading=_("Resources that prepare an SME for this challenge"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("category"),
        index.FilterField("stage"),
        index.FilterField("locale_id"),
    ]

    parent_page_types = ["cities.CityPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("urban challenge")

    @property
    def stage_number(self):
        return Stage.values.index(self.stage) + 1

    @cached_property
    def city_page(self):
        """The city this challenge belongs to (its parent), in one query."""
        return (
            CityPage.objects.filter(path=self.path[: -self.steplen])
            .select_related("city")
            .first()
        )

    def get_context(self, request, *args, **kwargs):
        from ..challenges import challenge_context

        context = super().get_context(request, *args, **kwargs)
        context.update(challenge_context(self, request))
        return context


class ChallengeCourse(Orderable):
    """A course that prepares an SME for a challenge."""

    page = ParentalKey(
        ChallengePage, related_name="related_courses", on_delete=models.CASCADE
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("course")]


class ChallengeResource(Orderable):
    """A resource that prepares an SME for a challenge."""

    page = ParentalKey(
        ChallengePage, related_name="related_resources", on_delete=models.CASCADE
    )
    resource = models.ForeignKey(
        "resources.ResourcePage",
        verbose_name=_("resource"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("resource")]


class ChallengeBoardPage(CachedPageMixin, Page):
    """The challenge board: every city's challenges, filtered by city,
    category, stage and topic."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("challenge board")

    def get_context(self, request, *args, **kwargs):
        from ..board import board_context

        context = super().get_context(request, *args, **kwargs)
        context.update(board_context(self, request))
        return context


class AssessmentIndexPage(CachedPageMixin, Page):
    """The readiness self-assessments: lists the assessments below it."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["cities.AssessmentPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("assessment index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["assessments"] = (
            AssessmentPage.objects.child_of(self).live().defer_streamfields()
        )
        return context


class AssessmentPage(CachedPageMixin, Page):
    """A readiness self-assessment. Anyone can take it; signed-in learners keep
    their results and see how they change over retakes.

    The form carries no per-visitor CSRF token for anonymous visitors, so the
    page can be cached for them: their answers are scored and shown, never
    stored. Signed-in learners' pages are not cached and carry the token.
    """

    introduction = models.TextField(
        _("introduction"),
        max_length=1000,
        help_text=_("Who the assessment is for and what they get from it."),
    )
    audience = models.CharField(
        _("audience"), max_length=16, choices=Audience.choices, default=Audience.SMES
    )
    dimensions = StreamField(
        AssessmentStreamBlock(),
        verbose_name=_("dimensions and questions"),
        help_text=_(
            "Each dimension has its questions; each question two to six answers "
            "scored 0 to 4. A participant's score per dimension is the share of "
            "the points they could have had."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("audience"),
        FieldPanel("dimensions"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("introduction"),
        index.FilterField("locale_id"),
    ]

    parent_page_types = ["cities.AssessmentIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("readiness self-assessment")

    @property
    def question_count(self):
        return sum(len(block.value["questions"]) for block in self.dimensions)

    def get_context(self, request, *args, **kwargs):
        from ..assessments import assessment_context

        context = super().get_context(request, *args, **kwargs)
        context.update(assessment_context(self, request))
        return context
