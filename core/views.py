from django.http import Http404
from django.views.static import serve


def media_serve(request, path: str, document_root: str):
    """Django's file view for uploaded media (DEPESCHE_SERVE_MEDIA), with a name the file
    system refuses (too long, NUL) as a 404 rather than its OSError, a 500."""
    try:
        return serve(request, path, document_root=document_root)
    except (OSError, ValueError):
        raise Http404("No such file.") from None
