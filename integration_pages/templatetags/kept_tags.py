"""`{% keep "name" key … %}…{% endkeep %}`: a piece of the site's chrome (header, footer,
breadcrumb, language links) rendered once per process and generation, then reused.

What the chrome shows changes when a page is published, moved or deleted or the office
edits its settings, and each of those starts a new generation
(integration_pages.core.shared_state). A fragment is kept per site, language, name and
the given keys (the path, where it shows the page), and only for the views every
anonymous visitor shares: a logged-in editor, a session (a passed password), a preview or
a view that is not a page's (error pages, search) renders it afresh.
"""

from django import template
from django.utils.translation import get_language
from wagtail.models import Page, Site

from integration_pages.core.privacy import sees_public_view
from integration_pages.core.shared_state import remembered

register = template.Library()


class KeepNode(template.Node):
    def __init__(self, nodelist, name, keys):
        self.nodelist, self.name, self.keys = nodelist, name, keys

    def render(self, context):
        request = context.get("request")
        if (
            request is None
            or not isinstance(context.get("page"), Page)
            or getattr(request, "is_preview", False)
            or not sees_public_view(request)
        ):
            return self.nodelist.render(context)
        site = Site.find_for_request(request)
        key = (
            "fragment",
            self.name.resolve(context),
            site.root_page_id if site else None,
            get_language(),
            *(key.resolve(context) for key in self.keys),
        )
        return remembered(request, key, lambda: self.nodelist.render(context))


@register.tag
def keep(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% keep %} needs a name.")
    nodelist = parser.parse(("endkeep",))
    parser.delete_first_token()
    return KeepNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]]
    )
