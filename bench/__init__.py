"""Benchmarks at realistic scale, and the synthetic archive they run on (issue 7).

``python -m bench --size 1000`` prints the figures; bench/RESULTS.md records the latest.
"""
