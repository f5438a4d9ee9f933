from .contacts import Contact

__all__ = ["Contact"]
