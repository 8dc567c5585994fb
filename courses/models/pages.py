"""The course tree: catalogue > course > module > lesson."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.models import Audience
from home.page_cache import CachedPageMixin

from ..blocks import LessonStreamBlock
from ..micro_credentials import MICRO_CREDENTIAL_PANEL, MicroCredentialPageForm


class Level(models.TextChoices):
    INTRODUCTORY = "introductory", _("Introductory")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class Access(models.TextChoices):
    OPEN = "open", _("Open: anyone can read the lessons")
    REGISTERED = "registered", _("Registered: lessons need signing in")


class CourseIndexPage(CachedPageMixin, Page):
    """The course catalogue: lists, filters and sorts the courses below it."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from ..catalogue import catalogue_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(self, request))
        return context


class EQFLevel(models.IntegerChoices):
    """Levels of the European Qualifications Framework."""

    LEVEL_1 = 1, _("EQF level 1")
    LEVEL_2 = 2, _("EQF level 2")
    LEVEL_3 = 3, _("EQF level 3")
    LEVEL_4 = 4, _("EQF level 4")
    LEVEL_5 = 5, _("EQF level 5")
    LEVEL_6 = 6, _("EQF level 6")
    LEVEL_7 = 7, _("EQF level 7")
    LEVEL_8 = 8, _("EQF level 8")


class CoursePage(CachedPageMixin, Page):
    """A course: its modules and lessons sit below it in the page tree.

    A course marked as a micro-credential carries the elements of Annex I of
    the Council Recommendation on micro-credentials (2022/C 243/02); it cannot
    be published while one of them is missing (courses/micro_credentials.py).
    """

    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences for the catalogue card."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    audience = models.CharField(
        _("audience"), max_length=16, choices=Audience.choices, default=Audience.SMES
    )
    level = models.CharField(
        _("level"), max_length=16, choices=Level.choices, default=Level.INTRODUCTORY
    )
    access = models.CharField(
        _("access"),
        max_length=16,
        choices=Access.choices,
        default=Access.REGISTERED,
        help_text=_(
            "Open courses can be read by anyone; signing in tracks progress. "
            "Registered courses ask learners to sign in before the lessons."
        ),
    )
    topics = ParentalManyToManyField(
        "home.Topic", verbose_name=_("topics"), blank=True, related_name="courses"
    )
    cities = ParentalManyToManyField(
        "home.City",
        verbose_name=_("cities"),
        blank=True,
        related_name="courses",
        help_text=_("The programme cities this course is about or was made with."),
    )
    learning_outcomes = StreamField(
        [("outcome", blocks.CharBlock(label=_("Outcome"), max_length=300))],
        verbose_name=_("learning outcomes"),
        blank=True,
        help_text=_("What learners can do after the course; start with a verb."),
    )
    description = StreamField(
        BaseStreamBlock(), verbose_name=_("description"), blank=True
    )
    is_micro_credential = models.BooleanField(
        _("micro-credential"),
        default=False,
        help_text=_(
            "Certificates of this course are European micro-credentials: fill "
            "in every element below before publishing."
        ),
    )
    notional_workload_hours = models.PositiveSmallIntegerField(
        _("notional workload (hours)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(2000)],
        help_text=_("Hours a learner typically needs to achieve the outcomes."),
    )
    ects_credits = models.DecimalField(
        _("ECTS credits"),
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0.1), MaxValueValidator(60)],
        help_text=_("Optional: the workload in ECTS credits, where it has them."),
    )
    eqf_level = models.PositiveSmallIntegerField(
        _("EQF level"),
        null=True,
        blank=True,
        choices=EQFLevel.choices,
        help_text=_("Optional: the level in the European Qualifications Framework."),
    )
    assessment_type = models.TextField(
        _("type of assessment"),
        blank=True,
        max_length=500,
        help_text=_("How learning is assessed, e.g. graded online knowledge checks."),
    )
    form_of_participation = models.TextField(
        _("form of participation"),
        blank=True,
        max_length=500,
        help_text=_("How learners take part, e.g. online, self-paced."),
    )
    quality_assurance = models.TextField(
        _("quality assurance"),
        blank=True,
        max_length=1000,
        help_text=_("Who reviews the course and how, so others can trust it."),
    )
    prerequisites = models.TextField(
        _("prerequisites"),
        blank=True,
        max_length=500,
        help_text=_("What a learner needs before enrolling; write “None” if nothing."),
    )

    base_form_class = MicroCredentialPageForm
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("level"),
                FieldPanel("access"),
                FieldPanel("topics"),
                FieldPanel("cities"),
            ],
            heading=_("Who and what"),
        ),
        FieldPanel("learning_outcomes"),
        FieldPanel("description"),
        MICRO_CREDENTIAL_PANEL,
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("audience"),
        index.FilterField("level"),
        index.FilterField("locale_id"),
    ]

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")

    @property
    def is_open(self):
        return self.access == Access.OPEN

    @cached_property
    def outline(self):
        from ..progress import CourseOutline

        return CourseOutline.for_course(self)

    def get_context(self, request, *args, **kwargs):
        from ..progress import course_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_context(self, request))
        return context


class ModulePage(CachedPageMixin, Page):
    """A module groups the lessons of one part of a course."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("module")

    def get_context(self, request, *args, **kwargs):
        from ..progress import module_context

        context = super().get_context(request, *args, **kwargs)
        context.update(module_context(self, request))
        return context


class LessonPage(CachedPageMixin, Page):
    """A lesson: teaching text, media, and at most one knowledge check."""

    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
        help_text=_("How long a learner needs to read and practise this lesson."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Share of questions to answer correctly to pass the check."),
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
        FieldPanel("pass_mark"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("body"),
        index.FilterField("locale_id"),
    ]

    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")

    @cached_property
    def knowledge_check(self):
        """The lesson's knowledge-check block value, or None."""
        for block in self.body:
            if block.block_type == "knowledge_check":
                return block.value
        return None

    def get_context(self, request, *args, **kwargs):
        from ..progress import lesson_context

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_context(self, request))
        return context

    def serve(self, request, *args, **kwargs):
        from ..progress import lesson_requires_sign_in

        redirect_response = lesson_requires_sign_in(self, request)
        if redirect_response:
            return redirect_response
        return super().serve(request, *args, **kwargs)
