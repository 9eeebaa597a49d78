protocol Sized { var size: Int { get } }
extension Array: Sized { var size: Int { count * 10 } }
extension String: Sized { var size: Int { utf8.count } }
let items: [Sized] = [[1, 2], "héllo", [Int]()]
print(items.map { $0.size })
