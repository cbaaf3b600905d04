"""spaCy pipeline components of predikat, registered by name with ``@Language.factory``.

Importing this package registers every factory, so that ``extractors/pipeline.cfg`` can name them.
"""

import extractors.tokenizer  # noqa: F401  (registers predikat.Tokenizer.v1)
from extractors.components import (  # noqa: F401  (imported to register the factories)
    citations,
    facts,
    predikat,
    regions,
    sentences,
    status_cues,
    timex,
    units,
)
