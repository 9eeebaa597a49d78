struct City { var name: String; var population: Int }
let cities = [City(name: "b", population: 300), City(name: "a", population: 100), City(name: "c", population: 200)]
func sorted<T, V: Comparable>(_ xs: [T], by kp: KeyPath<T, V>) -> [T] {
    xs.sorted { $0[keyPath: kp] < $1[keyPath: kp] }
}
print(sorted(cities, by: \.population).map(\.name))
print(sorted(cities, by: \.name).map(\.population))
