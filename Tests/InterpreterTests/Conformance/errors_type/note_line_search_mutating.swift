import Optim
struct Fixed: LineSearch {
    var n = 0
    mutating func stepLength(on objective: any Objective, at point: Vector, direction: Vector, value: Double, gradient: Vector, initialStep: Double) throws -> Double {
        n += 1
        return 1
    }
}
// expect error: 2:8 type 'Fixed' does not conform to protocol 'LineSearch'
