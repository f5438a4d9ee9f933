"""Site search: Wagtail's database backend finding other forms of a German word."""
