"""Getting a web process ready before its first request.

Thai text analysis (search, similar ideas, pre-screening) loads PyThaiNLP's dictionaries on
first use: about a second, and some 440,000 Python objects on top of Django's and Wagtail's
200,000. Python's garbage collector walks every tracked object on each full collection, which
then took 100-200 ms in the middle of a request, now and then (measured: a 1 s search whose
queries took 20 ms). So the dictionaries are loaded at start and everything alive then, which
lives as long as the process, is moved out of the collector's way (``gc.freeze``).
"""

import gc

# What the apps load before the first request, told in their AppConfig.ready (the search app's
# Thai analysis); the pre-screen's, the portal's own, always.
WARM_UPS = []


def register_warm_up(function):
    if function not in WARM_UPS:
        WARM_UPS.append(function)


def prepare_process():
    from portal.snippets.prescreen.segmentation import warm_up as warm_prescreen

    for warm_up in WARM_UPS:
        warm_up()
    warm_prescreen()
    gc.collect()  # what start-up left behind, once
    gc.freeze()
