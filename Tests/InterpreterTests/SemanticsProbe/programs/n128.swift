protocol Walk { func walk() -> String }
extension Walk { func walk() -> String { "default walk" } }
class Base: Walk { func walk() -> String { "base walk" } }
class Sub: Base { override func walk() -> String { "sub walk" } }
let w: Walk = Sub()
func gw<T: Walk>(_ t: T) -> String { t.walk() }
print(w.walk(), gw(Sub()), gw(Sub() as Base))
