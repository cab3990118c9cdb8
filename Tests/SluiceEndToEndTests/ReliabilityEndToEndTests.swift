import Testing

/// Issue 7, part B: hostile files, event storms, store tampering, control-socket abuse
/// (docs/reliability.md). The suites nested here run one test at a time: each drives a daemon hard, and
/// together they would starve the other suites of `make test` on a 2-core machine.
@Suite(.serialized) enum ReliabilityEndToEndTests {}
