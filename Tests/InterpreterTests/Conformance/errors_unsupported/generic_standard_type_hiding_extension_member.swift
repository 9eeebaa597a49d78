protocol P {}
extension P { func hi() -> String { "P" } }
extension Int: P {}
extension Array: P { func hi() -> String { "Array" } }
func g<T: P>(_ t: T) -> String { t.hi() }
print(5.hi(), [1].hi(), g(5))
print(g([1]))
// expect error: 7:7 not supported in experiment blocks: passing a '[Int]' to 'g', where Swift's generic code calls 'hi' from the extension of 'P'
