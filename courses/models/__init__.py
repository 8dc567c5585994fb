from .learning import Certificate, Enrollment, LessonCompletion, QuizAttempt
from .pages import CourseIndexPage, CoursePage, LessonPage, ModulePage

__all__ = [
    "Certificate",
    "CourseIndexPage",
    "CoursePage",
    "Enrollment",
    "LessonCompletion",
    "LessonPage",
    "ModulePage",
    "QuizAttempt",
]
