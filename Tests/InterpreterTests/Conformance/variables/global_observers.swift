// Observers of top-level variables run on every change, not when the variable is initialised.
var best = Double.infinity {
    didSet { if best < oldValue { print("new best \(best)") } }
}
for x in [3.0, 5, 1, 2, 0.5] { best = min(best, x) }

var level = 0 {
    willSet(next) { print("level \(level) -> \(next)") }
    didSet(previous) { print("was \(previous), now \(level)") }
}
level = 2
level += 3
level -= 1

// Assigning the variable in its own didSet stores it without calling the observers again.
var clamped = 0 {
    didSet { if clamped > 10 { clamped = 10 }; print("clamped", clamped) }
}
clamped = 25
clamped += 1
print(clamped)

// An optional variable with observers may start as nil.
var last: String? {
    didSet { print("last:", oldValue ?? "none", "->", last ?? "none") }
}
last = "a"
last = nil

// A function changing a global calls its observers too.
var total = 0 { didSet { print("total", oldValue, "->", total) } }
func add(_ n: Int) { total += n }
add(4)
add(6)
print(best, level, total)
// expect: new best 3.0
// expect: new best 1.0
// expect: new best 0.5
// expect: level 0 -> 2
// expect: was 0, now 2
// expect: level 2 -> 5
// expect: was 2, now 5
// expect: level 5 -> 4
// expect: was 5, now 4
// expect: clamped 10
// expect: clamped 10
// expect: 10
// expect: last: none -> a
// expect: last: a -> none
// expect: total 0 -> 4
// expect: total 4 -> 10
// expect: 0.5 4 10
