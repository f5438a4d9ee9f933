"""Page types of the plugin, one module per domain (concept, Forum, ECCAR, signpost)."""

__all__: list[str] = []
