struct Counter {
    var n = 0
    mutating func tick() { n += 1 }
}
var calls = 0
var counter: Counter { Counter(n: calls) }
counter.tick()
// expect error: 7:9 cannot use mutating member on immutable value: 'counter' is a get-only property
