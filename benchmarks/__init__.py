"""licheng's benchmarks: each prints a measure and its ratio to a baseline timed in the same run.

Run them all with ``python -m benchmarks`` (add ``--quick`` for tiny sizes, as CI does), or one
with ``python -m benchmarks import``.
"""
