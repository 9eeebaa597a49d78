class Schedule {
    var base = 0.1
    var rate: Double { base }
}
class Halved: Schedule {
    override var rate: Double { base / 2 }
}
let s: Schedule = Halved()
print(s.rate, Schedule().rate)
// expect: 0.05 0.1
