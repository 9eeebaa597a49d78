// Observers of a function's local variables, seen from the function, its closures and its
// nested functions.
func f() { var local = 0 { willSet { print("will", newValue) } didSet { print("did", oldValue) } }; local += 1 }
f()

func running(_ xs: [Int]) -> Int {
    var sum = 0 {
        didSet { if sum > 10 { print("over 10 at", sum) } }
    }
    for x in xs { sum += x }
    return sum
}
print(running([4, 5, 6]))

func counter() {
    var n = 0 { didSet { print("n", oldValue, "->", n) } }
    let bump = { n += 1 }
    bump()
    bump()
    func reset() { n = 0 }
    reset()
    print("n is", n)
}
counter()

// Each call has its own variable, and its observers see that call's values.
func trace(_ label: String, _ steps: Int) {
    var step = 0 { didSet { print(label, step) } }
    while step < steps { step += 1 }
}
trace("a", 2)
trace("b", 1)

// A variable in a loop body's scope, made again for each iteration.
for i in 1...2 {
    var seen: [Int] = [] { didSet { print("iteration \(i) saw \(seen)") } }
    seen.append(i)
    seen.append(i * 10)
}
// expect: will 1
// expect: did 0
// expect: over 10 at 15
// expect: 15
// expect: n 0 -> 1
// expect: n 1 -> 2
// expect: n 2 -> 0
// expect: n is 0
// expect: a 1
// expect: a 2
// expect: b 1
// expect: iteration 1 saw [1]
// expect: iteration 1 saw [1, 10]
// expect: iteration 2 saw [2]
// expect: iteration 2 saw [2, 20]
