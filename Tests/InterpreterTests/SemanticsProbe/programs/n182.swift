protocol Holder { associatedtype V; var value: V { get } }
extension Holder where V == Int { func isBig() -> Bool { value > 10 } }
extension Holder { func pair() -> (V, V) { (value, value) } }
struct H: Holder { var value = 20 }
print(H().isBig(), H().pair())
