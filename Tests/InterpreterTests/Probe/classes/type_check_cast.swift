class Vehicle { var wheels: Int { 0 } }
class Car: Vehicle { override var wheels: Int { 4 } }
class Bike: Vehicle { override var wheels: Int { 2 } }
let vs: [Vehicle] = [Car(), Bike(), Car()]
print(vs.filter { $0 is Car }.count)
for v in vs {
    if let b = v as? Bike { print("bike with", b.wheels) }
}
print(vs.map(\.wheels).reduce(0, +))
