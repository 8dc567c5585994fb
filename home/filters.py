"""Shared pieces of the listings' GET filters."""


class LenientFilterForm:
    """A filter form mixin: invalid values are reported and ignored, never fatal.

    Every choice comes from an allowlist (the field's choices), so an unknown
    value fails validation and is simply dropped from the filters applied.
    """

    def valid_filters(self):
        """Cleaned values of the fields that validated; invalid ones are ignored."""
        self.is_valid()
        return {
            name: value
            for name, value in getattr(self, "cleaned_data", {}).items()
            if value and name not in self.errors
        }


def query_string_without_page(request):
    """The current GET parameters minus "page", for pagination links."""
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()
