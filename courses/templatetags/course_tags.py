from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def duration(minutes):
    """Minutes as a short, translated duration: "45 min", "2 h 15 min"."""
    try:
        minutes = int(minutes)
    except (TypeError, ValueError):
        return ""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return _("%(minutes)s min") % {"minutes": rest}
    if not rest:
        return _("%(hours)s h") % {"hours": hours}
    return _("%(hours)s h %(minutes)s min") % {"hours": hours, "minutes": rest}


@register.filter
def is_done(lesson, completed_keys):
    return lesson.translation_key in completed_keys
