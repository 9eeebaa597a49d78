protocol Rate { func rate() -> Double }
struct R: Rate {
    func rate() throws -> Double { 1 }
}
// expect error: 2:8 type 'R' does not conform to protocol 'Rate'
