protocol Named { func name() -> String }
extension Named where Self: Equatable { func name() -> String { "eq" } }
struct Blob: Named {}
print(Blob().name())
// expect error: 3:8 type 'Blob' does not conform to protocol 'Named'
