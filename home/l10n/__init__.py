"""Translation tooling around wagtail-localize: an offline machine translator, the
status of every translation, and a bulk sync that creates or updates them."""
