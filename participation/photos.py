"""Photos people attach to ideas: checked, auto-rotated, resized and re-encoded without metadata.

Re-encoding from pixels drops every EXIF, XMP and ICC chunk, GPS position included: a phone
photo of a broken road must not tell where its author lives.
"""

import io
import uuid

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _

from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 8 * 1024 * 1024
MAX_PHOTOS = 3
MAX_SIDE = 1600
ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP"}
Image.MAX_IMAGE_PIXELS = 40_000_000  # refuse decompression bombs


def clean_photo(upload):
    """Validate one upload; return a new JPEG ContentFile without metadata, or raise ValidationError."""
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("“%(name)s” is too large: photos may be up to 8 MB.") % {"name": upload.name}
        )
    try:
        upload.seek(0)
        image = Image.open(upload)
        image_format = image.format
        image.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise ValidationError(
            _("“%(name)s” is not a photo we can read: use JPEG, PNG or WebP.") % {"name": upload.name}
        ) from error
    if image_format not in ALLOWED_FORMATS:
        raise ValidationError(
            _("“%(name)s” is not a JPEG, PNG or WebP photo.") % {"name": upload.name}
        )
    image = ImageOps.exif_transpose(image)  # keep the orientation the phone meant, then drop EXIF
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    if image.mode not in ("RGB", "L"):
        background = Image.new("RGB", image.size, "white")
        if image.mode in ("RGBA", "LA") or "transparency" in image.info:
            rgba = image.convert("RGBA")
            background.paste(rgba, mask=rgba.split()[-1])
        else:
            background.paste(image.convert("RGB"))
        image = background
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, optimize=True)  # no exif= argument: nothing is carried over
    return ContentFile(out.getvalue(), name=f"{uuid.uuid4().hex}.jpg")
