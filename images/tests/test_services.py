import base64
import io

import pytest
from PIL import Image

from images.models import NewsImage
from images.services import ImageSourceError, image_get_or_create, image_source_read


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "red").save(buffer, "PNG")
    return buffer.getvalue()


def test_a_data_url_is_read_and_checked(tmp_path):
    content, extension = image_source_read(
        data_url="data:image/png;base64," + base64.b64encode(_png()).decode(), base_dir=tmp_path
    )
    assert extension == "png" and content == _png()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "«path» or «data_url»"),
        ({"path": "nope.jpg"}, "no file at"),
        ({"data_url": "data:text/html;base64,PGI+"}, "data URL must look like"),
        ({"data_url": "data:image/png;base64,***"}, "not valid base64"),
        ({"data_url": "data:image/png;base64,aGFsbG8="}, "not a readable picture"),
    ],
)
def test_bad_sources_are_refused_with_a_reason(tmp_path, kwargs, message):
    from django.utils import translation

    with translation.override("en"), pytest.raises(ImageSourceError, match=message):
        image_source_read(base_dir=tmp_path, **kwargs)


def test_other_formats_are_refused(tmp_path):
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buffer, "TIFF")
    (tmp_path / "scan.tif").write_bytes(buffer.getvalue())
    with pytest.raises(ImageSourceError):
        image_source_read(path="scan.tif", base_dir=tmp_path)


@pytest.mark.django_db
def test_the_same_bytes_are_one_image_and_library_values_win():
    first, created = image_get_or_create(
        content=_png(), extension="png", title="Rot", credit="Keystone"
    )
    assert created and (first.width, first.height) == (40, 30) and first.file_hash
    second, created = image_get_or_create(
        content=_png(), extension="png", title="Anders", credit="AFP", caption="Neu"
    )
    assert not created and second.pk == first.pk
    second.refresh_from_db()
    assert (second.title, second.credit, second.default_caption) == ("Rot", "Keystone", "Neu")
    assert NewsImage.objects.count() == 1
