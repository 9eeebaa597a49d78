protocol Named { var name: String { get } }
protocol Aged { var age: Int { get } }
struct Person: Named, Aged { var name: String; var age: Int }
func greet(_ x: Named & Aged) -> String { "\(x.name) \(x.age)" }
print(greet(Person(name: "z", age: 3)))
let arr: [Named & Aged] = [Person(name: "q", age: 1)]
print(arr.map { $0.name }, arr[0] is Person, (arr[0] as? Person)?.age as Any)
