// Computed variables at the top level and in functions: read-only ones, and ones with `get`
// and `set`, changed by assignment, compound assignment, mutating methods and `inout`.
var calls = 0
var ratio: Double { Double(calls) / 10 }
var scale: Double {
    get { Double(calls) }
    set { calls = Int(newValue) }
}
calls = 3
print(ratio, scale)
scale = 7.9
print(calls, ratio)
scale += 1
print(calls)

// A getter may use a global declared after it, as a function may.
var doubled: Int { limit * 2 }
var limit = 21
print(doubled)

// A setter naming its value, and a variable holding a struct changed through it.
struct Counter {
    var n = 0
    mutating func tick() { n += 1 }
}
var counter: Counter {
    get { print("get"); return Counter(n: calls) }
    set(updated) { print("set", updated.n); calls = updated.n }
}
counter.tick()
counter.n += 10
func bump(_ c: inout Counter) { c.n *= 2 }
bump(&counter)
print(calls)

// Arrays through a getter and setter.
var store: [String] = []
var items: [String] {
    get { store }
    set { print("storing", newValue); store = newValue }
}
items.append("x")
items[0] = "y"
items += ["z"]
print(items.count, store)

// A computed variable of function type is called as a function.
var greet: (String) -> String { { "hello, \($0) #\(calls)" } }
print(greet("you"))

// In a function.
func area(side: Double) -> Double {
    var s = side
    var square: Double {
        get { s * s }
        set { s = newValue.squareRoot() }
    }
    print(square)
    square = 49
    return s
}
print(area(side: 3))
// expect: 0.3 3.0
// expect: 7 0.7
// expect: 8
// expect: 42
// expect: get
// expect: set 9
// expect: get
// expect: set 19
// expect: get
// expect: set 38
// expect: 38
// expect: storing ["x"]
// expect: storing ["y"]
// expect: storing ["y", "z"]
// expect: 2 ["y", "z"]
// expect: hello, you #38
// expect: 9.0
// expect: 7.0
