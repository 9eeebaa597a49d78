struct Schedule {
    static func rate() -> Double { super.rate() }
}
// expect error: 2:36 'super' cannot be used in non-class type 'Schedule'
