"""What keeps the public site safe and up whatever comes at it: the visitor's address behind
proxies, bounded request bodies, one canonical origin, security headers and the admin's
second factor, checked uploads, and a Redis cache that fails fast."""
