"""Blocks for lessons: the shared blocks plus teaching blocks and knowledge checks."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import (
    BaseStreamBlock,
    CaseStudyBlock,
    ChecklistBlock,
    DocumentDownloadBlock,
    data_table_block,
)


class RelatedResourceBlock(blocks.StructBlock):
    """A pointer to a guide, toolkit or other page that deepens the lesson."""

    page = blocks.PageChooserBlock(label=_("Page"))
    note = blocks.CharBlock(label=_("Why read it"), max_length=250, required=False)

    class Meta:
        icon = "link"
        template = "blocks/related_resource_block.html"
        label = _("Related resource")


class AnswerChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)


class QuestionBlock(blocks.StructBlock):
    """A question with single or multiple correct answers and an explanation."""

    text = blocks.CharBlock(label=_("Question"), max_length=500)
    multiple = blocks.BooleanBlock(
        label=_("Several answers are correct"),
        required=False,
        help_text=_("Learners then tick every correct answer."),
    )
    choices = blocks.ListBlock(AnswerChoiceBlock(), min_num=2, label=_("Answers"))
    explanation = blocks.TextBlock(
        label=_("Explanation"), help_text=_("Shown after the learner answers.")
    )

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for choice in value["choices"] if choice["correct"])
        if correct == 0:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "choices": ValidationError(
                        _("Mark at least one answer as correct.")
                    )
                }
            )
        if correct > 1 and not value["multiple"]:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "multiple": ValidationError(
                        _("Several answers are marked correct: tick this box.")
                    )
                }
            )
        return value

    class Meta:
        icon = "help"


class KnowledgeCheckBlock(blocks.StructBlock):
    """Questions graded on the server; the lesson completes when they are passed.

    The pass mark is set on the lesson.
    """

    title = blocks.CharBlock(
        label=_("Title"), max_length=200, default=_("Check your knowledge")
    )
    questions = blocks.ListBlock(QuestionBlock(), min_num=1, label=_("Questions"))

    class Meta:
        icon = "form"
        template = "blocks/knowledge_check_block.html"
        label = _("Knowledge check")


class LessonStreamBlock(BaseStreamBlock):
    document = DocumentDownloadBlock()
    table = data_table_block()
    checklist = ChecklistBlock()
    case_study = CaseStudyBlock()
    related_resource = RelatedResourceBlock()
    knowledge_check = KnowledgeCheckBlock()

    class Meta:
        block_counts = {"knowledge_check": {"max_num": 1}}
