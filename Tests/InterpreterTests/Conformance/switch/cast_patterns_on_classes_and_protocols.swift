class Schedule { func rate(_ t: Int) -> Double { 0.1 } }
class Cosine: Schedule {}
class Warmup: Schedule { let steps = 10 }
let all: [Schedule] = [Schedule(), Cosine(), Warmup()]
for s in all {
    switch s {
    case let w as Warmup: print("warm-up of \(w.steps) steps")
    case is Cosine: print("cosine")
    default: print("constant")
    }
}
protocol Shape {}
struct Sq: Shape { var s = 2.0 }
struct Circ: Shape { var r = 1.0 }
let shapes: [any Shape] = [Sq(), Circ(), Sq(s: 5)]
for s in shapes {
    switch s {
    case let q as Sq where q.s > 3: print("big square", q.s)
    case let q as Sq: print("square", q.s)
    case is Circ: print("circle")
    default: print("other")
    }
}
enum E: Error { case a }
struct F: Error {}
do { throw F() } catch let e as E { print("E", e) } catch is F { print("F") } catch { print("other") }
// expect: constant
// expect: cosine
// expect: warm-up of 10 steps
// expect: square 2.0
// expect: circle
// expect: big square 5.0
// expect: F
