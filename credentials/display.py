"""A picture of the certificate, which a European Digital Credential carries
as its display (the EDC wallet and viewer show it).

Drawn with Pillow and the DejaVu fonts the certificate PDF uses; Pillow's
Raqm layout (HarfBuzz and FriBiDi) joins and orders Hebrew and Arabic text.
"""

import io

from django.utils import formats, translation
from django.utils.translation import gettext as _
from PIL import Image, ImageDraw, ImageFont

from courses.certificates import FONT_DIR, INK, MUTED, SEA

from .issuer import issuer_name

WIDTH, HEIGHT = 1123, 794  # A4 landscape at 96 dots per inch


def _font(size, bold=False):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONT_DIR / name), size)


def _fit(draw, text, size, bold, width):
    """The font size at which `text` fits `width`, from `size` down."""
    while size > 12:
        font = _font(size, bold)
        if draw.textlength(text, font=font) <= width:
            return font
        size -= 2
    return _font(size, bold)


def certificate_png(certificate, language):
    """PNG bytes of the certificate, in `language`."""
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((38, 38, WIDTH - 38, HEIGHT - 38), outline=SEA, width=6)
    draw.rectangle((54, 54, WIDTH - 54, HEIGHT - 54), outline=SEA, width=2)
    issuer = issuer_name()
    with translation.override(language):
        issued = formats.date_format(certificate.issued_at, "DATE_FORMAT")
        lines = [
            (issuer, 30, True, SEA, 130),
            (_("Certificate of completion"), 52, True, INK, 215),
            (_("This certifies that"), 26, False, MUTED, 300),
            (certificate.name_at_issue, 48, True, INK, 370),
            (_("has completed the online course"), 26, False, MUTED, 450),
            (certificate.course_title_at_issue, 36, True, SEA, 515),
            (
                _("Issued on %(date)s by %(issuer)s")
                % {"date": issued, "issuer": issuer},
                22,
                False,
                MUTED,
                610,
            ),
            (
                _("Verification code: %(code)s") % {"code": certificate.code},
                22,
                False,
                MUTED,
                660,
            ),
        ]
    for text, size, bold, colour, top in lines:
        font = _fit(draw, text, size, bold, WIDTH - 180)
        draw.text((WIDTH // 2, top), text, font=font, fill=colour, anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
