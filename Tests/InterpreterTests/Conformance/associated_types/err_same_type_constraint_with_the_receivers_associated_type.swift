protocol System { associatedtype State; func step(_ x: State) -> State }
protocol Cost { associatedtype State; func stage(_ x: State) -> Double }
extension Cost {
    func total<P: System>(on plant: P, from x0: State) -> Double where P.State == State { stage(plant.step(x0)) }
}
struct Decay: System { func step(_ x: Double) -> Double { 0.5 * x } }
struct Norm: Cost { func stage(_ p: [Double]) -> Double { p.reduce(0, +) } }
print(Norm().total(on: Decay(), from: [3]))
// expect error: 8:14 instance method 'total(on:from:)' requires the types '[Double]' and 'Double' be equivalent
