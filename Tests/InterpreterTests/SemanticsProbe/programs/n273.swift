struct P { var name: String; var age: Int }
let ps = [P(name: "a", age: 30), P(name: "b", age: 20)]
print(ps.map(\.name), ps.map(\.age).reduce(0, +), ps.sorted { $0.age < $1.age }.map(\.name))
let kp = \P.age
var p = ps[0]; p[keyPath: kp] += 1
print(p.age, p[keyPath: \.name])
