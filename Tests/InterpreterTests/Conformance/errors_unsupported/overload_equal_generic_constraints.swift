func pick<T: Numeric>(_ x: T) -> String { "numeric" }
func pick<T: Comparable>(_ x: T) -> String { "comparable" }
print(pick("a"))
print(pick(1))
// expect error: 4:7 not supported in experiment blocks: choosing among overloads of 'pick' that fit these arguments equally well
