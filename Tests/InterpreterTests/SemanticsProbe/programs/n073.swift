import Foundation
protocol Greeter { func greet() -> String }
extension Greeter { func greet() -> String { "hello" }; func twice() -> String { greet() + greet() } }
struct En: Greeter {}
struct Fr: Greeter { func greet() -> String { "bonjour" }; func twice() -> String { "deux" } }
let gs: [Greeter] = [En(), Fr()]
for g in gs { print(g.greet(), g.twice()) }
print(Fr().twice())
