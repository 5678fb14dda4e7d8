"""phigate's benchmarks: scripts, never timed unit tests. Run with `python -m benchmarks [NAME ...]`."""
