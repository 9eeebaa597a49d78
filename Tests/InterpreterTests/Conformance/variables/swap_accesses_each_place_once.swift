// `swap(&a, &b)` accesses each place once, for the whole swap, as a function's `inout`
// arguments are: their parts are evaluated once, first, and the observers run once each, the
// second place's first.
var low = 1 { didSet { print("low", oldValue, "->", low) } }
var high = 2 { willSet { print("high will be", newValue) } didSet { print("high", oldValue, "->", high) } }
swap(&low, &high)
print(low, high)

func index(_ i: Int) -> Int { print("index", i); return i }
var xs = [1, 2, 3] { didSet { print("xs", xs) } }
var ys = [7, 8]
swap(&xs[index(0)], &ys[index(1)])
print(xs, ys)

struct Pair { var first = "a", second = "b" }
func flip() -> Pair {
    var p = Pair()
    swap(&p.first, &p.second)
    return p
}
print(flip().first, flip().second)
// expect: high will be 1
// expect: high 2 -> 1
// expect: low 1 -> 2
// expect: 2 1
// expect: index 0
// expect: index 1
// expect: xs [8, 2, 3]
// expect: [8, 2, 3] [7, 1]
// expect: b a
