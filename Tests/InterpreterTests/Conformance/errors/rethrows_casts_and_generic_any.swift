func largest<T: Comparable>(_ xs: [T]) -> T? { xs.max() }
print(largest([3, 1, 2]) as Any)
func mapAll(_ xs: [Int], _ f: (Int) throws -> Int) rethrows -> [Int] { try xs.map(f) }
print(mapAll([1, 4]) { $0 + 1 })
enum OptError: Error { case diverged }
do { throw OptError.diverged } catch { print(error is OptError, error) }
print(Array([5, 6, 7][1...]))
struct Diverged: Error { let step: Int }
func run(_ n: Int) throws -> Int { if n > 2 { throw Diverged(step: n) }; return n }
for n in [1, 5] {
    do { print(try run(n)) } catch {
        if let d = error as? Diverged { print("diverged at", d.step) }
        print(error is OptError, error is Diverged)
    }
}
// expect: Optional(3)
// expect: [2, 5]
// expect: true diverged
// expect: [6, 7]
// expect: 1
// expect: diverged at 5
// expect: false true
