"""The extractor version stored with every fact.

Bump it whenever a change to the extractors or their data can change the facts they produce:
``predikat reextract`` re-runs stored documents whose facts carry another version.
"""

EXTRACTOR_VERSION = "0.8.0"
