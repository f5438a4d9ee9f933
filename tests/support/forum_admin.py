"""POST data for the admin page editor, built as the editor's form would submit it.

Each builder returns the page's current facts and fields with a new title, so an
allowed request visibly changes the title. (A standard page's body is sent empty:
its blocks are not needed to prove who may publish.)
"""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def _common(page, title):
    return {
        "title": title,
        "slug": page.slug,
        "seo_title": page.seo_title,
        "search_description": page.search_description,
        "show_in_menus": "on" if page.show_in_menus else "",
        "go_live_at": "",
        "expire_at": "",
        "comments": inline_formset([]),
    }


def _stream(value):
    return streamfield([(block.block_type, block.value) for block in value])


def forum_page_data(page, title):
    members = [
        {
            "id": m.pk,
            "name": m.name,
            "role": m.role,
            "photo": m.photo_id or "",
            "photo_alt": m.photo_alt,
            "languages": m.languages,
            "ORDER": str(n),
        }
        for n, m in enumerate(page.board_members.all())
    ]
    return {
        **_common(page, title),
        "introduction": rich_text(page.introduction),
        "principles": _stream(page.principles),
        "how_to_join": rich_text(page.how_to_join),
        "board_members": inline_formset(members, initial=len(members)),
        "founded_on": page.founded_on.isoformat() if page.founded_on else "",
        "member_count": page.member_count or "",
        "steering_votes": page.steering_votes or "",
        "steering_votes_total": page.steering_votes_total or "",
        "office_contact": page.office_contact_id or "",
    }


def meeting_page_data(page, title):
    return {
        **_common(page, title),
        "agenda": _stream(page.agenda),
        "summary": rich_text(page.summary),
        "place_accessibility": page.place_accessibility,
        "starts_at": page.starts_at.strftime("%Y-%m-%d %H:%M"),
        "ends_at": page.ends_at.strftime("%Y-%m-%d %H:%M") if page.ends_at else "",
        "status": page.status,
        "place": page.place,
        "minutes": page.minutes_id or "",
    }


def news_page_data(page, title):
    return {
        **_common(page, title),
        "date": page.date.isoformat(),
        "lead": page.lead,
        "body": streamfield([]),
    }


def home_page_data(page, title):
    teasers = [
        ("teaser", {"page": b.value["page"].pk, "title": b.value["title"], "text": b.value["text"]})
        for b in page.teasers
    ]
    return {
        **_common(page, title),
        "motto": page.motto,
        "intro": rich_text(page.intro),
        "teasers": streamfield(teasers),
        "contact": page.contact_id or "",
    }


def standard_page_data(page, title):
    return {**_common(page, title), "intro": page.intro, "body": streamfield([])}


BUILDERS = {
    "forumpage": forum_page_data,
    "forummeetingpage": meeting_page_data,
    "forumnewspage": news_page_data,
    "homepage": home_page_data,
    "standardpage": standard_page_data,
}


def edit_data(page, title, publish=False):
    data = BUILDERS[page.specific_class._meta.model_name](page.specific, title)
    if publish:
        data["action-publish"] = "action-publish"
    return nested_form_data(data)


def press_release_data(page, title):
    """A `home.NewsPage`, saved (for the edit view) or not yet (for the add view)."""
    return {
        **_common(page, title),
        "date": page.date.isoformat(),
        "lead": page.lead,
        "image": page.image_id or "",
        "image_alt": page.image_alt,
        "image_credit": page.image_credit,
        "body": streamfield([]),
        # A tuple stays one multi-valued field; nested_form_data would number a list.
        "topics": tuple(topic.pk for topic in page.topics.all()),
        "contact": page.contact_id or "",
    }


BUILDERS["newspage"] = press_release_data


def add_data(page, title, action=None):
    """POST data for the add view: `page` is an unsaved page holding the field values."""
    data = BUILDERS[page._meta.model_name](page, title)
    if action:
        data[action] = action
    return nested_form_data(data)
