from .learning import (
    Certificate,
    Enrollment,
    LessonCompletion,
    QuestionAnswer,
    QuizAttempt,
)
from .pages import CourseIndexPage, CoursePage, LessonPage, ModulePage

__all__ = [
    "Certificate",
    "CourseIndexPage",
    "CoursePage",
    "Enrollment",
    "LessonCompletion",
    "LessonPage",
    "ModulePage",
    "QuestionAnswer",
    "QuizAttempt",
]
