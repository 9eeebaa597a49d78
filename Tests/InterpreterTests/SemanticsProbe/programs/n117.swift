protocol Scorer { associatedtype S: Numeric; func score() -> S }
extension Scorer { func doubled() -> S { score() * 2 }; func plusOne() -> S { score() + 1 } }
struct A: Scorer { func score() -> Double { 1.25 } }
struct B: Scorer { func score() -> Int { 3 } }
print(A().doubled(), B().doubled(), A().plusOne(), B().plusOne())
