final class Counter { var n = 0; func later() -> () -> Int { return { n + 1 } } }
print(Counter().later()())
// expect error: 1:71 reference to property 'n' in closure requires explicit use of 'self' to make capture semantics explicit
