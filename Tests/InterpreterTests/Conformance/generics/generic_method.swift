struct Box {
    var value: Double
    func apply<T>(_ f: (Double) -> T) -> T { f(value) }
}
let b = Box(value: 2.5)
print(b.apply { $0 * 2 })
print(b.apply { "v=\($0)" })
// expect: 5.0
// expect: v=2.5
