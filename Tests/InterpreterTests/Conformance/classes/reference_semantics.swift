class Counter {
    var count = 0
    func increment() { count += 1 }
}
let a = Counter()
let b = a
b.increment()
a.increment()
print(a.count, b.count)
// expect: 2 2
