"""Certificate PDFs: A4 landscape, with a verification link and QR code.

Text is shaped with HarfBuzz (fpdf2 + uharfbuzz) so Hebrew and Arabic names
render in the right order with joined letters. The DejaVu fonts are committed
under their permissive licence (courses/fonts/LICENSE-DejaVu.txt).
"""

import io
from pathlib import Path

import qrcode
from django.utils import formats, translation
from django.utils.translation import gettext as _
from fpdf import FPDF

from home.models import PortalSettings

FONT_DIR = Path(__file__).resolve().parent / "fonts"
SEA = (11, 92, 138)
INK = (27, 36, 48)
MUTED = (74, 85, 101)


def qr_png(url):
    image = qrcode.make(url, box_size=6, border=1)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    return buffer


def certificate_pdf(certificate, verify_url):
    """The certificate as PDF bytes, in the active language.

    Rendered on request and never stored, so deleting an account leaves no PDF
    behind; a certificate whose holder deleted their account has no PDF.
    """
    if certificate.user_id is None or not certificate.name_at_issue:
        raise ValueError("The holder of this certificate has deleted their account.")
    portal = PortalSettings.load()
    issuer = portal.certificate_issuer or portal.site_name
    issued = formats.date_format(certificate.issued_at, "DATE_FORMAT")
    rtl = translation.get_language_bidi()

    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_title(_("Certificate of completion"))
    pdf.set_author(issuer)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_text_shaping(use_shaping_engine=True, direction="rtl" if rtl else "ltr")

    # Border
    pdf.set_draw_color(*SEA)
    pdf.set_line_width(1.5)
    pdf.rect(10, 10, 277, 190)
    pdf.set_line_width(0.4)
    pdf.rect(14, 14, 269, 182)

    def line(text, size, style="", colour=INK, height=12, top=None):
        if top is not None:
            pdf.set_y(top)
        pdf.set_font("DejaVu", style, size)
        pdf.set_text_color(*colour)
        pdf.set_x(20)
        pdf.multi_cell(257, height, text, align="C", new_x="LMARGIN", new_y="NEXT")

    line(portal.site_name, 16, "B", SEA, top=28)
    line(_("Certificate of completion"), 30, "B", INK, height=16, top=45)
    line(_("This certifies that"), 14, "", MUTED, top=72)
    line(certificate.name_at_issue, 28, "B", INK, height=16, top=84)
    line(_("has completed the online course"), 14, "", MUTED, top=106)
    line(certificate.course_title_at_issue, 20, "B", SEA, height=12, top=118)
    line(
        _("Issued on %(date)s by %(issuer)s") % {"date": issued, "issuer": issuer},
        12,
        "",
        MUTED,
        height=8,
        top=146,
    )

    # Verification: code, link and QR code at the foot.
    pdf.image(qr_png(verify_url), x=238, y=150, w=36, h=36)
    pdf.set_font("DejaVu", "", 10)
    pdf.set_text_color(*MUTED)
    pdf.set_xy(24, 166)
    pdf.multi_cell(
        205,
        6,
        _("Verification code: %(code)s") % {"code": certificate.code},
        align="R" if rtl else "L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    # The address gets a line of its own so it never mixes with RTL text.
    pdf.set_text_shaping(use_shaping_engine=True, direction="ltr")
    pdf.set_x(24)
    pdf.multi_cell(205, 6, verify_url, align="R" if rtl else "L")
    return bytes(pdf.output())
