import Foundation
var handlers: [() -> Void] = []
for i in 0..<3 { handlers.append { print("h", i) } }
var j = 0
while j < 3 { handlers.append { print("w", j) }; j += 1 }
for h in handlers { h() }
class Obj { var name = "o"; lazy var greeting: String = { print("init lazy"); return "hi " + self.name }() }
let o = Obj(); o.name = "z"
print("before"); print(o.greeting); print(o.greeting)
