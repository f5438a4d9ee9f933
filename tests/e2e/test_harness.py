"""The browser set-up itself: the server serves the demo, and axe-core catches a fault.

If these fail, every other browser test is meaningless, so they are kept apart."""

from tests.e2e.helpers import run_axe


def test_the_demo_is_served_with_every_language(page, manifest):
    """The manifest lists the home page in all seven languages and the server answers it."""
    assert set(manifest["HomePage"]) == {"de", "en", "ar", "fa", "uk", "ru", "tr"}
    response = page.goto(manifest["HomePage"]["de"])
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == "de"


def test_axe_catches_an_image_without_alternative_text(page, manifest):
    """A real page whose images lose their alt attribute in transit is reported by axe as
    'image-alt'; the same page as served is not."""
    url = manifest["ForumPage"]["de"]
    page.goto(url)
    assert page.locator("img").count(), "the Forum page should show its board's photos"
    assert "image-alt" not in {v["id"] for v in run_axe(page)}

    def strip_alt(route):
        response = route.fetch()
        html = response.text().replace(' alt="', ' data-alt="')
        route.fulfill(response=response, body=html)

    page.route(f"**{url}", strip_alt)
    page.goto(url)
    assert "image-alt" in {v["id"] for v in run_axe(page)}
