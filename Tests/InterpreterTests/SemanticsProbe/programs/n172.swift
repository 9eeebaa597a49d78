protocol Vehicle { var wheels: Int { get } }
extension Vehicle { var description: String { "\(wheels) wheels" } }
struct Car: Vehicle { let wheels = 4 }
struct Bike: Vehicle, CustomStringConvertible { let wheels = 2; var description: String { "bike" } }
print(Car().description, Bike().description, Car(), Bike())
let v: Vehicle = Bike()
print(v.description, v)
