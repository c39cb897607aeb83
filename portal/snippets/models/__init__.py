"""Reference data: the authority-function taxonomy and the pre-screen's word lists."""

from .authority_function import AuthorityFunction
from .screening_word import ScreeningWord

__all__ = ["AuthorityFunction", "ScreeningWord"]
