struct City { var name: String; var population: Int }
func sorted<T, V: Comparable>(_ xs: [T], by key: KeyPath<T, V>) -> [T] {
    xs.sorted { $0[keyPath: key] < $1[keyPath: key] }
}
func firstPresent<T>(_ xs: [T?]) -> T? {
    for x in xs { if let x { return x } }
    return nil
}
let cities = [City(name: "b", population: 300), City(name: "a", population: 100)]
print(sorted(cities, by: \.population).map(\.name), sorted(cities, by: \.name).map(\.population))
print(firstPresent([nil, 3, 4])!, firstPresent([String?]()) == nil)
// expect: ["a", "b"] [100, 300]
// expect: 3 true
