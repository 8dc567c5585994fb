"""Server-side grading of knowledge checks.

Questions and answers are identified by the stable ids Wagtail gives list items,
so a submission names choices, never their text or correctness.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _


class InvalidSubmission(Exception):
    """The submission does not fit the knowledge check; nothing is stored."""


@dataclass
class QuestionResult:
    question_id: str
    text: str
    chosen: list
    correct_ids: list
    is_correct: bool
    explanation: str
    choices: list  # [(id, text, is_correct, was_chosen)]


def questions_of(check):
    """[(question_id, question_value)] for a knowledge-check block value."""
    return [(item.id, item.value) for item in check["questions"].bound_blocks]


def choices_of(question):
    return [(item.id, item.value) for item in question["choices"].bound_blocks]


def read_answers(check, data):
    """Turn POST data into {question_id: [choice ids]}, or raise InvalidSubmission.

    Every question must be answered, only with choices that belong to it, and a
    single-answer question with exactly one choice.
    """
    questions = questions_of(check)
    known_questions = {question_id for question_id, _question in questions}
    for key in data:
        if (
            key.startswith("question-")
            and key[len("question-") :] not in known_questions
        ):
            raise InvalidSubmission(
                _("The answers refer to a question that is not in this check.")
            )
    answers = {}
    for question_id, question in questions:
        chosen = data.getlist(f"question-{question_id}")
        if not chosen:
            raise InvalidSubmission(
                _("Please answer every question before submitting.")
            )
        allowed = {choice_id for choice_id, _choice in choices_of(question)}
        if any(choice not in allowed for choice in chosen):
            raise InvalidSubmission(
                _("One of the answers is not a choice of its question.")
            )
        if len(set(chosen)) != len(chosen):
            raise InvalidSubmission(_("An answer was submitted twice."))
        if not question["multiple"] and len(chosen) != 1:
            raise InvalidSubmission(
                _("Choose exactly one answer for single-choice questions.")
            )
        answers[question_id] = sorted(chosen)
    return answers


def grade(check, answers, pass_mark):
    """(score in %, passed, [QuestionResult]) for validated answers."""
    results = []
    for question_id, question in questions_of(check):
        choices = choices_of(question)
        correct_ids = sorted(cid for cid, choice in choices if choice["correct"])
        chosen = answers.get(question_id, [])
        results.append(
            QuestionResult(
                question_id=question_id,
                text=question["text"],
                chosen=chosen,
                correct_ids=correct_ids,
                is_correct=sorted(chosen) == correct_ids,
                explanation=question["explanation"],
                choices=[
                    (cid, choice["text"], choice["correct"], cid in chosen)
                    for cid, choice in choices
                ],
            )
        )
    correct = sum(1 for result in results if result.is_correct)
    score = round(100 * correct / len(results)) if results else 0
    return score, score >= pass_mark, results
