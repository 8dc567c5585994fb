"""The admin's image upload form, refusing damaged files with a form error.

Wagtail checks an uploaded image's header, then decodes it to count its
pixels; a truncated or corrupt file raises OSError there, which Wagtail does
not catch (wagtail/wagtail#1354), so the editor would see a server error.
"""

from django.core.exceptions import ValidationError
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class PortalImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if isinstance(field, WagtailImageField):
            field.to_python = refusing_damaged_files(field)


def refusing_damaged_files(field):
    """The field's own parsing, with an unreadable image as a validation error.

    Fields are copied for each form, so this changes only this form's field.
    """
    parse = field.to_python

    def to_python(data):
        try:
            return parse(data)
        except OSError as error:
            raise ValidationError(
                field.error_messages["invalid_image"], code="invalid_image"
            ) from error

    return to_python
