// A generic function taking a generic type of the note specialises per call.
protocol Metric { func distance(to other: Self) -> Double }
struct P: Metric { var x: Double; func distance(to o: P) -> Double { abs(x - o.x) } }
struct Box<T: Metric> { var items: [T] }
func spread<T: Metric>(_ b: Box<T>) -> Double { b.items[0].distance(to: b.items[1]) }
let box = Box(items: [P(x: 1), P(x: 4)])
print(spread(box))
// expect: 3.0
