"""A real OpenID Connect provider for the sign-in tests: django-oauth-toolkit in its own project.

``run.py`` starts it on 127.0.0.1 with its own SQLite database and a fresh RSA key, a test user
whose claims look like ThaID's (``pid``, names, birthdate, address), and one client app. It
plays ThaID, which nobody can reach from a test machine. Test-only: not part of the portal.
"""
