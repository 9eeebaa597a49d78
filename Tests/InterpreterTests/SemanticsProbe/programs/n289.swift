class Person: CustomStringConvertible { let name: String; weak var friend: Person?
  init(_ n: String) { name = n }
  var description: String { "Person(\(name), friend: \(friend?.name ?? "none"))" } }
let a = Person("a"), b = Person("b")
a.friend = b; b.friend = a
print(a, b, [a])
