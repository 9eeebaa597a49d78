struct City { var name: String; var population: Int }
func total(_ cs: [City], _ k: KeyPath<City, Int>) -> Int { cs.reduce(0) { $0 + $1[keyPath: k] } }
let cs = [City(name: "A", population: 10), City(name: "B", population: 32)]
print(total(cs, \.population))
print(total(cs, \City.population))
// expect: 42
// expect: 42
