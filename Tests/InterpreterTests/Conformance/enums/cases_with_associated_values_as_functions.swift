enum Schedule { case constant(Double), step(every: Int, factor: Double) }
let rates = [0.1, 0.01].map(Schedule.constant)
print(rates)
let make = Schedule.step
print(make(3, 0.5))
let f: (Double) -> Schedule = Schedule.constant
print(f(2))
let pairs = zip([1, 2], [0.5, 0.25]).map(Schedule.step)
print(pairs)
// expect: [main.Schedule.constant(0.1), main.Schedule.constant(0.01)]
// expect: step(every: 3, factor: 0.5)
// expect: constant(2.0)
// expect: [main.Schedule.step(every: 1, factor: 0.5), main.Schedule.step(every: 2, factor: 0.25)]
