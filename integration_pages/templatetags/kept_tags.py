"""`{% keep "name" key … %}…{% endkeep %}`: a piece of a page every visitor sees alike
(the chrome: header, footer, breadcrumb, language links; or a list: the home page's
sections, the ECCAR plan) rendered once per process and generation, then reused.

What such a piece shows changes when a page is published, moved or deleted or something
it shows is saved (the office settings, a commitment …), and each of those starts a new
generation
(integration_pages.core.shared_state). A fragment is kept per site, language, name and
the given keys (the path, where it shows the page), and only for the views every
anonymous visitor shares: a logged-in editor, a session (a passed password), a preview or
a view that is not a page's renders it afresh (an error page: its address is anyone's),
unless the view says its address is its own (`keep_chrome` in its context: search).

What a fragment shows of the request itself is a hole: `{% keep "header" request.path
hole search_query %}` keeps the header with a marker where the search field shows the
visitor's words, and puts each request's own words (escaped) in its place.
"""

import secrets

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page, Site

from integration_pages.core.privacy import sees_public_view
from integration_pages.core.shared_state import remembered

register = template.Library()

# Makes a hole's marker something no visitor's words or stored text contains by chance.
HOLE_SALT = secrets.token_hex(8)


class KeepNode(template.Node):
    def __init__(self, nodelist, name, keys, holes=()):
        self.nodelist, self.name, self.keys, self.holes = nodelist, name, keys, holes

    def render(self, context):
        request = context.get("request")
        if (
            request is None
            or not (isinstance(context.get("page"), Page) or context.get("keep_chrome"))
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
        if not self.holes:
            return remembered(request, key, lambda: self.nodelist.render(context))
        markers = {name: f"kept-hole-{name}-{HOLE_SALT}" for name in self.holes}

        def render_with_markers():
            with context.push(**markers):
                return self.nodelist.render(context)

        html = remembered(request, key, render_with_markers)
        for name, marker in markers.items():
            html = html.replace(marker, conditional_escape(context.get(name) or ""))
        return mark_safe(html)


@register.tag
def keep(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% keep %} needs a name.")
    holes = []
    if "hole" in bits:
        at = bits.index("hole")
        bits, holes = bits[:at], bits[at + 1 :]
        if not holes:
            raise template.TemplateSyntaxError("{% keep … hole %} needs a variable's name.")
    nodelist = parser.parse(("endkeep",))
    parser.delete_first_token()
    return KeepNode(
        nodelist,
        parser.compile_filter(bits[1]),
        [parser.compile_filter(b) for b in bits[2:]],
        holes,
    )
