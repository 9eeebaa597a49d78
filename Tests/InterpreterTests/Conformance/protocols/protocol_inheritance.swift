protocol Named { var name: String { get } }
protocol Greeter: Named { func greet() -> String }
extension Greeter {
    func greet() -> String { "hello, " + name }
}
struct Person: Greeter { var name: String }
func welcome(_ g: any Greeter) -> String { g.greet() }
let n: any Named = Person(name: "Ada")
print(welcome(Person(name: "Grace")), n.name)
// expect: hello, Grace Ada
