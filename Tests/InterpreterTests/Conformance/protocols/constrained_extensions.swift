// Constrained protocol extensions: a member exists only for the types that meet the 'where' clause,
// and the most constrained default answers a requirement.
protocol Describable { func describe() -> String }
extension Describable { func describe() -> String { "something" } }
extension Describable where Self: CustomStringConvertible { func describe() -> String { "it is \(self)" } }
extension Describable where Self: Equatable { func same(as other: Self) -> Bool { self == other } }
struct Point: Describable, CustomStringConvertible, Equatable { var x = 1.0; var description: String { "a point at \(x)" } }
struct Blob: Describable {}
print(Point().describe(), Blob().describe())
let all: [any Describable] = [Point(x: 2), Blob()]
print(all.map { $0.describe() })
print(Point().same(as: Point()), Point(x: 3).same(as: Point()))
func show<T: Describable>(_ t: T) -> String { t.describe() }
print(show(Point(x: 5)), show(Blob()))

protocol Holder { associatedtype Value; var value: Value { get } }
extension Holder where Value == Int { func isBig() -> Bool { value > 10 }; var doubled: Int { value * 2 } }
extension Holder where Value: StringProtocol { func shout() -> String { value.uppercased() } }
extension Holder { func pair() -> (Value, Value) { (value, value) } }
struct IntBox: Holder { var value = 20 }
struct TextBox: Holder { var value = "hi" }
print(IntBox().isBig(), IntBox().doubled, IntBox().pair(), TextBox().shout(), TextBox().pair())

protocol Metric { associatedtype T; var x: T { get }; func name() -> String }
extension Metric { func name() -> String { "metric(\(x))" } }
extension Metric where T == Int { func name() -> String { "count(\(x))" } }
struct Hits: Metric { var x = 5 }
struct Loss: Metric { var x = 0.5 }
func g<M: Metric>(_ m: M) -> String { m.name() }
print(Hits().name(), Loss().name(), g(Hits()), g(Loss()))
// expect: it is a point at 1.0 something
// expect: ["it is a point at 2.0", "something"]
// expect: true false
// expect: it is a point at 5.0 something
// expect: true 40 (20, 20) HI ("hi", "hi")
// expect: count(5) metric(0.5) count(5) metric(0.5)
