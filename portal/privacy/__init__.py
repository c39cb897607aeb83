"""Personal data under the PDPA: the privacy notice, consent, export and erasure of one's data."""
