protocol Monoid { static var empty: Self { get }; static func <> (a: Self, b: Self) -> Self }
infix operator <>: AdditionPrecedence
extension Int: Monoid { static var empty: Int { 0 }; static func <> (a: Int, b: Int) -> Int { a + b } }
extension String: Monoid { static var empty: String { "" }; static func <> (a: String, b: String) -> String { a + b } }
func concat<M: Monoid>(_ xs: [M]) -> M { xs.reduce(.empty, <>) }
print(concat([1, 2, 3]), concat(["a", "b"]))
