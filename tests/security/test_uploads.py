"""Uploads through the Wagtail admin: bytes, pixels and types are limited.

An oversized file, a decompression bomb (a few bytes declaring a huge image),
an SVG and a document of a type not on the list are form errors: nothing is
saved and nothing fails. Settings: the "Uploads" section of
portal/settings/base.py.
"""

import io
import struct
import zlib

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from .helpers import sign_in

pytestmark = pytest.mark.django_db

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(1)</script><rect width="
    b'"10" height="10"/></svg>'
)


def png(width=8, height=8):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def png_declaring(width, height):
    """A tiny PNG whose header claims `width` × `height` pixels.

    Decoding it would need gigabytes; reading its header must be enough to
    refuse it.
    """
    data = bytearray(png(1, 1))
    # Signature (8 bytes), IHDR length (4) and type (4), then width and height.
    data[16:24] = struct.pack(">II", width, height)
    crc = zlib.crc32(bytes(data[12:29])) & 0xFFFFFFFF
    data[29:33] = struct.pack(">I", crc)
    return bytes(data)


def oversized_png():
    """A valid PNG padded past the upload limit (readers ignore the tail)."""
    padding = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE + 1 - len(png())
    return png() + b"\0" * padding


BAD_IMAGES = {
    "oversized": ("big.png", oversized_png, "too big"),
    "decompression bomb": ("bomb.png", lambda: png_declaring(20_000, 20_000), "pixels"),
    # 48 megapixels, under Pillow's default limit: refused from the header, as
    # decoding this truncated file would raise instead.
    "over the pixel limit": ("wide.png", lambda: png_declaring(8_000, 6_000), "pixels"),
    "svg": ("drawing.svg", lambda: SVG, "Not a supported image format"),
    "svg named png": ("drawing.png", lambda: SVG, ""),
    "html named jpg": ("page.jpg", lambda: b"<html><script>x</script>", ""),
}


@pytest.fixture
def editor_client(django_user_model):
    client = Client()
    return sign_in(client, django_user_model.objects.get(email="editor@example.com"))


@pytest.fixture
def root_collection():
    return Collection.get_first_root_node()


@pytest.fixture
def saved_files():
    """Files a test saves are removed from MEDIA_ROOT afterwards."""
    saved = []
    yield saved
    for instance in saved:
        instance.file.delete(save=False)


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


@pytest.mark.parametrize("case", list(BAD_IMAGES))
def test_bad_image_is_a_form_error(editor_client, root_collection, case):
    name, content, message = BAD_IMAGES[case]
    Image = get_image_model()
    count = Image.objects.count()

    response = editor_client.post(
        "/admin/images/add/",
        {
            "title": case,
            "file": upload(name, content()),
            "collection": root_collection.pk,
        },
    )

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "file" in errors
    assert message in " ".join(errors["file"])
    assert Image.objects.count() == count


@pytest.mark.parametrize("case", list(BAD_IMAGES))
def test_bad_image_is_refused_by_the_multiple_uploader(
    editor_client, root_collection, case
):
    name, content, message = BAD_IMAGES[case]
    Image = get_image_model()
    count = Image.objects.count()

    response = editor_client.post(
        "/admin/images/multiple/add/",
        {"files[]": upload(name, content()), "collection": root_collection.pk},
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    assert response.status_code == 200
    assert response.json()["success"] is False
    assert message in response.json()["error_message"]
    assert Image.objects.count() == count


# Wagtail decodes an image to count its pixels; a truncated file raises
# OSError there (wagtail/wagtail#1354), which home/image_forms.py turns into a
# form error.
def test_truncated_image_is_a_form_error(editor_client, root_collection):
    response = editor_client.post(
        "/admin/images/add/",
        {
            "title": "Truncated",
            "file": upload("cut.png", png_declaring(1_000, 1_000)),
            "collection": root_collection.pk,
        },
    )
    assert response.status_code == 200
    assert "file" in response.context["form"].errors


def test_normal_image_is_saved(editor_client, root_collection, saved_files):
    Image = get_image_model()
    response = editor_client.post(
        "/admin/images/add/",
        {
            "title": "Harbour",
            "file": upload("harbour.png", png(640, 480), "image/png"),
            "collection": root_collection.pk,
        },
    )
    assert response.status_code == 302
    image = Image.objects.get(title="Harbour")
    saved_files.append(image)
    assert (image.width, image.height) == (640, 480)


BAD_DOCUMENTS = ["setup.exe", "page.html", "page.htm", "drawing.svg", "report.pdf.html"]


@pytest.mark.parametrize("name", BAD_DOCUMENTS)
def test_document_type_outside_the_allowlist_is_a_form_error(
    editor_client, root_collection, name
):
    Document = get_document_model()
    count = Document.objects.count()

    response = editor_client.post(
        "/admin/documents/add/",
        {
            "title": name,
            "file": upload(name, b"<script>alert(1)</script>"),
            "collection": root_collection.pk,
        },
    )

    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert Document.objects.count() == count


def test_oversized_document_is_a_form_error(editor_client, root_collection):
    Document = get_document_model()
    count = Document.objects.count()
    content = b"x" * (settings.WAGTAILDOCS_MAX_UPLOAD_SIZE + 1)

    response = editor_client.post(
        "/admin/documents/add/",
        {
            "title": "Too big",
            "file": upload("big.txt", content, "text/plain"),
            "collection": root_collection.pk,
        },
    )

    assert response.status_code == 200
    assert "too big" in " ".join(response.context["form"].errors["file"])
    assert Document.objects.count() == count


def test_allowed_document_is_saved_and_served_as_a_download(
    editor_client, root_collection, saved_files
):
    response = editor_client.post(
        "/admin/documents/add/",
        {
            "title": "Tender checklist",
            "file": upload("checklist.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf"),
            "collection": root_collection.pk,
        },
    )
    assert response.status_code == 302
    document = get_document_model().objects.get(title="Tender checklist")
    saved_files.append(document)

    served = Client().get(document.url)
    assert served.status_code == 200
    assert served["Content-Disposition"].startswith("attachment")
    assert served["X-Content-Type-Options"] == "nosniff"


def test_svg_is_not_an_accepted_image_type():
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
    assert "svg" not in settings.WAGTAILDOCS_EXTENSIONS
