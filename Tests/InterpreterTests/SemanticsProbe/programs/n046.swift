import Foundation
let v: Any = 3.5
switch v {
case let i as Int: print("int", i)
case let d as Double where d > 3: print("big double", d)
case is String: print("string")
default: print("?")
}
let o: Int? = 4
switch o { case .some(let n) where n > 3: print("big", n); case .some: print("small"); case .none: print("nil") }
if case let .some(n) = o, n % 2 == 0 { print("even", n) }
for case let n? in [1, nil, 3] { print(n, terminator: " ") }
print()
