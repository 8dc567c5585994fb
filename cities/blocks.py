"""Blocks that define a readiness self-assessment: dimensions, each with its
questions, each question with scored answers.

Questions live inside their dimension, so a question can never point at a
dimension that does not exist. Every dimension, question and answer has the
stable id Wagtail gives stream and list items; translations keep those ids,
so a result taken in Hebrew compares with one taken in English.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

MAX_SCORE = 4


class AnswerBlock(blocks.StructBlock):
    """One answer a participant can choose, and the points it is worth."""

    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    score = blocks.IntegerBlock(
        label=_("Score"),
        min_value=0,
        max_value=MAX_SCORE,
        help_text=_("0 = not ready at all … 4 = fully ready."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Answer")


class QuestionBlock(blocks.StructBlock):
    """A question with two to six answers; participants choose exactly one."""

    text = blocks.CharBlock(label=_("Question"), max_length=300)
    help_text = blocks.TextBlock(
        label=_("Help text"),
        required=False,
        max_length=500,
        help_text=_("Optional: an example or what the question means."),
    )
    answers = blocks.ListBlock(AnswerBlock(), min_num=2, max_num=6, label=_("Answers"))

    class Meta:
        icon = "help"
        label = _("Question")

    def clean(self, value):
        value = super().clean(value)
        if self.is_deferred_validation:
            return value  # a draft may be incomplete; publishing checks it
        scores = {answer["score"] for answer in value["answers"]}
        if len(scores) < 2:
            raise StructBlockValidationError(
                block_errors={
                    "answers": ValidationError(
                        _(
                            "Give the answers different scores: a question whose "
                            "answers all score the same measures nothing."
                        )
                    )
                }
            )
        return value


class DimensionBlock(blocks.StructBlock):
    """One dimension of readiness: its questions and what to learn to improve it."""

    name = blocks.CharBlock(label=_("Dimension"), max_length=100)
    description = blocks.TextBlock(
        label=_("Description"),
        required=False,
        max_length=500,
        help_text=_("Shown above the dimension's questions and in the results."),
    )
    questions = blocks.ListBlock(QuestionBlock(), min_num=1, label=_("Questions"))
    recommended_courses = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="courses.CoursePage"),
        label=_("Recommended courses"),
        help_text=_("Suggested to participants for whom this is a weak dimension."),
    )
    recommended_resources = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="resources.ResourcePage"),
        label=_("Recommended resources"),
    )

    class Meta:
        icon = "list-ul"
        label = _("Dimension")


class AssessmentStreamBlock(blocks.StreamBlock):
    dimension = DimensionBlock()

    class Meta:
        min_num = 1
        max_num = 12
