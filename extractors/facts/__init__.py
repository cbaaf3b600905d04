"""Fact assembly from the pipeline's findings: frames, counts, status groups, years."""
