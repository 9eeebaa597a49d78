protocol System { associatedtype State }
struct A: System { typealias State = Int }
struct B: System { typealias State = [Double] }
func describe<S: System>(_ s: S) -> String where S.State == Int { "int system" }
func describe<T: System>(_ s: T) -> String { "any system" }
func total<C: Collection>(_ c: C) -> String where C.Element == Double { "doubles" }
func total<C: Collection>(_ c: C) -> String { "anything" }
print(describe(A()), describe(B()), total([1.0]), total(["a"]))
// expect: int system any system doubles anything
