protocol Describable { func describe() -> String }
extension Describable where Self: Equatable { func same(as other: Self) -> Bool { self == other } }
struct Blob: Describable { func describe() -> String { "blob" } }
print(Blob().same(as: Blob()))
// expect error: 4:14 referencing instance method 'same(as:)' on 'Describable' requires that 'Blob' conform to 'Equatable'
