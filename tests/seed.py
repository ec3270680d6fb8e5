"""Names of the bundled seed story and its two articles, shared by the tests."""

SEED = "balochistan-2026-02"
SEED_000 = "000_262b19c4243f2b1a"
SEED_002 = "002_b5890622697dba39"
