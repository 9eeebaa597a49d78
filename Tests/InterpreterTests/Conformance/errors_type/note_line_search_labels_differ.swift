import Optim
struct Fixed: LineSearch {
    func stepLength(on objective: any Objective, at point: Vector, direction d: Vector, value: Double, gradient: Vector, start: Double) throws -> Double { 1 }
}
// expect error: 3:10 instance method 'stepLength(on:at:direction:value:gradient:start:)' has different argument labels from those required by protocol 'LineSearch' ('stepLength(on:at:direction:value:gradient:initialStep:)')
