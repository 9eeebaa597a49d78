protocol P {}
extension P { func hi() -> String { "P" } }
extension Int: P {}
extension Array: P { func hi() -> String { "Array" } }
func g<T: P>(_ t: T) -> String { t.hi() }
print(5.hi(), [1].hi(), g(5), g([1]))
